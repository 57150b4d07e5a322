// Loads a project for the engine: its resolved config and the text of its source files, with a notice for each
// file that could not be read. Shared by the CLI and the language server; it never analyses anything.
import * as fs from "node:fs";
import * as path from "node:path";
import { ConfigError, parseConfigText, resolveConfig, type ResolvedConfig } from "../../rules/engine/config.js";
import type { SourceText } from "../../rules/engine/lint.js";
import type { AnyRule, Notice } from "../../rules/engine/types.js";
import type { ProjectLocation } from "./project-location.js";
import { readSourceFile } from "./read-source.js";

const maxConfigBytes = 1024 * 1024;

export interface LoadedSources {
  sources: SourceText[];
  /** Files whose text started with a byte-order mark the engine never saw; writes put it back. */
  filesWithBom: Set<string>;
  notices: Notice[];
}

/** Reads and resolves the project's config (defaults when it has none); throws ConfigError naming `label` and the key path. */
export function loadProjectConfig(location: ProjectLocation, registry: readonly AnyRule[], label: (filePath: string) => string): ResolvedConfig {
  if (!location.configPath) return resolveConfig({}, registry, location.root, "(defaults)");
  const fileLabel = label(location.configPath);
  // A config is a few lines of JSON; a huge one (thousands of ignore globs) would exhaust memory compiling globs.
  if (fs.statSync(location.configPath).size > maxConfigBytes) throw new ConfigError(`${fileLabel}: larger than 1 MB; a Harden config is a few lines of JSON`);
  const text = fs.readFileSync(location.configPath, "utf8");
  return resolveConfig(parseConfigText(text, fileLabel), registry, location.root, fileLabel);
}

export function loadSources(filePaths: readonly string[], onFileRead?: (done: number, total: number) => void): LoadedSources {
  const loaded: LoadedSources = { sources: [], filesWithBom: new Set(), notices: [] };
  filePaths.forEach((filePath, index) => {
    const outcome = readSourceFile(filePath);
    if ("skipped" in outcome) loaded.notices.push({ filePath, message: outcome.skipped });
    else {
      loaded.sources.push({ filePath, text: outcome.text });
      if (outcome.hasBom) loaded.filesWithBom.add(filePath);
    }
    onFileRead?.(index + 1, filePaths.length);
  });
  return loaded;
}

/** Whether `filePath` is `target` or lies under it. */
export function isWithin(filePath: string, target: string): boolean {
  const relative = path.relative(target, filePath);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}
