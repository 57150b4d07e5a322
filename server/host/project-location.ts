// Decides which project a path belongs to. The search for `harden.config.json` goes from the path up through
// its ancestors and stops after the first directory holding `.git` (the repository root) or at the filesystem
// root. The project root is the directory holding that config, else the nearest workspace root (up to the same
// boundary: a pnpm-workspace.yaml or a package.json with `workspaces`), else the nearest directory with a
// package.json or tsconfig.json, else the path itself (its directory, for a file).
import * as fs from "node:fs";
import * as path from "node:path";
import { readRegularText } from "./read-source.js";

export const configFileName = "harden.config.json";

export interface ProjectLocation {
  /** Real path of the project root: relative paths, `.env.example` and scaffolded files are relative to it. */
  root: string;
  configPath?: string;
}

export function locateProject(targetPath: string): ProjectLocation {
  const start = fs.realpathSync(targetPath);
  const startDirectory = fs.statSync(start).isDirectory() ? start : path.dirname(start);
  let manifestDirectory: string | undefined;
  let workspaceRoot: string | undefined;
  for (const directory of ancestorsWithinRepository(startDirectory)) {
    const configPath = path.join(directory, configFileName);
    if (fs.existsSync(configPath)) return { root: directory, configPath };
    if (!manifestDirectory && ["package.json", "tsconfig.json"].some((name) => fs.existsSync(path.join(directory, name)))) {
      manifestDirectory = directory;
    }
    if (!workspaceRoot && isWorkspaceRoot(directory)) workspaceRoot = directory;
  }
  // A package of a monorepo is checked with its siblings, which its imports (`@acme/auth`) lead to.
  return { root: workspaceRoot ?? manifestDirectory ?? startDirectory };
}

/** A pnpm-workspace.yaml, or a package.json that declares `workspaces`. */
function isWorkspaceRoot(directory: string): boolean {
  if (fs.existsSync(path.join(directory, "pnpm-workspace.yaml"))) return true;
  const read = readRegularText(path.join(directory, "package.json"), 1024 * 1024);
  if ("problem" in read || !read.text.includes('"workspaces"')) return false;
  try {
    return (JSON.parse(read.text.replace(/^\uFEFF/, "")) as { workspaces?: unknown }).workspaces !== undefined;
  } catch {
    return false;
  }
}

/** `--config FILE`: the project root is the directory holding it. */
export function locateProjectFromConfig(configPath: string): ProjectLocation {
  const real = fs.realpathSync(configPath);
  return { root: path.dirname(real), configPath: real };
}

function* ancestorsWithinRepository(directory: string): Generator<string> {
  for (let current = directory; ; current = path.dirname(current)) {
    yield current;
    if (fs.existsSync(path.join(current, ".git")) || path.dirname(current) === current) return;
  }
}
