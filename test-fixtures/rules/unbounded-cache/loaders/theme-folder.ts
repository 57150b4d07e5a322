// Reads the names of the operator's theme files once, when the server starts, and serves them from memory.
import * as fs from "node:fs";
import { join } from "node:path";

const themesFolder = join(process.cwd(), "themes");

// ok: unbounded-cache -- filled from the callback of a listing made at load: it runs once, bounded by the files there
const themeNames: string[] = [];

fs.readdir(themesFolder, (error, names) => {
  if (error) return;
  names.forEach((name) => themeNames.push(name));
});

export const installedThemes = (): readonly string[] => themeNames;

// expect: unbounded-cache
const uploadedThemes: string[] = [];

// A watcher's callback runs on every change to the folder, for as long as the server lives.
fs.watch(themesFolder, (_event, name) => {
  if (name) uploadedThemes.push(name);
});

export const recentUploads = (): readonly string[] => uploadedThemes;
