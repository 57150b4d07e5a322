// Finds the files Harden analyses under a set of paths: walks directories (never following a symlink loop),
// keeps the source extensions, and skips build output, dependencies, `.d.ts` files and the config's ignore globs.
import * as fs from "node:fs";
import * as path from "node:path";
import { compileGlobs } from "../../rules/engine/glob-match.js";
import type { Notice } from "../../rules/engine/types.js";

export const sourceExtensions = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
export const skippedDirectories = ["node_modules", "dist", "build", ".next", "coverage", ".git"];

/** Vue and Svelte single-file components: browser code the lint path never parses (see component-scripts.ts). */
export function isComponentFileName(name: string): boolean {
  return /\.(vue|svelte)$/i.test(name);
}

export function isSourceFile(filePath: string): boolean {
  const name = path.basename(filePath);
  return sourceExtensions.includes(path.extname(name).toLowerCase()) && !/\.d\.[mc]?tsx?$/i.test(name);
}

export interface FileFilter {
  /** Directory the ignore globs are relative to; a symlink leading out of it is not followed. */
  root: string;
  ignore: readonly string[];
  /** Told of each symlink not followed and each folder that cannot be listed, once per walk. */
  onNotice?: (notice: Notice) => void;
  /** Stop walking once more than this many files are found (the list is then incomplete). */
  limit?: number;
}

/**
 * Source files under `startPath` (a directory or a file), sorted, each listed once by its real path. A symlink is
 * followed only when its target lies inside the root: one to `/` or to a folder elsewhere is never walked.
 */
export function findSourceFiles(startPath: string, filter: FileFilter): string[] {
  const isIgnored = ignoreMatcherOf(filter.ignore);
  const ignoredRelative = (filePath: string): boolean => {
    if (!isIgnored) return false;
    const relative = path.relative(filter.root, filePath).split(path.sep).join("/");
    return relative !== "" && !relative.startsWith("../") && isIgnored(relative);
  };
  const realRoot = realPathOr(filter.root);
  const found = new Set<string>();
  const visitedDirectories = new Set<string>();

  // `entry` is what the parent's listing said, which spares a stat and a realpath for all but symlinks: the real path
  // of a plain entry is its name under its parent's real path.
  const visit = (entryPath: string, entry?: { dirent: fs.Dirent; parentRealPath: string }): void => {
    let isFile: boolean;
    let isDirectory: boolean;
    let realPath: string;
    if (entry && !entry.dirent.isSymbolicLink()) {
      isFile = entry.dirent.isFile();
      isDirectory = entry.dirent.isDirectory();
      realPath = path.join(entry.parentRealPath, entry.dirent.name);
    } else {
      try {
        realPath = fs.realpathSync(entryPath);
        const stats = fs.statSync(realPath);
        isFile = stats.isFile();
        isDirectory = stats.isDirectory();
      } catch {
        return; // a dangling symlink or an entry removed while listing
      }
      if (entry && !isWithin(realPath, realRoot)) {
        if (isDirectory || isSourceFile(entryPath)) filter.onNotice?.({ filePath: entryPath, message: "skipped: a symlink to outside the project; not followed" });
        return;
      }
    }
    if (ignoredRelative(entryPath)) return;
    if (isFile) {
      if (isSourceFile(entryPath)) found.add(realPath);
      return;
    }
    if (!isDirectory || visitedDirectories.has(realPath)) return;
    visitedDirectories.add(realPath);
    let dirents: fs.Dirent[];
    try {
      dirents = fs.readdirSync(entryPath, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A folder removed while listing is simply gone; one that cannot be read hides its files, which the user must hear.
      if (code !== "ENOENT") filter.onNotice?.({ filePath: entryPath, message: `skipped: cannot list this folder (${code ?? "error"})` });
      return;
    }
    for (const dirent of dirents) {
      if (filter.limit !== undefined && found.size > filter.limit) return;
      // By name, whatever the entry is: a symlinked node_modules is still dependencies.
      if (skippedDirectories.includes(dirent.name)) continue;
      visit(path.join(entryPath, dirent.name), { dirent, parentRealPath: realPath });
    }
  };

  visit(path.resolve(startPath));
  return [...found].sort();
}

/** Compiled once per list: the language server asks whether single files are ignored as the user types. */
const ignoreMatchers = new WeakMap<readonly string[], (relativePath: string) => boolean>();

function ignoreMatcherOf(ignore: readonly string[]): ((relativePath: string) => boolean) | undefined {
  if (ignore.length === 0) return undefined;
  let matcher = ignoreMatchers.get(ignore);
  if (!matcher) ignoreMatchers.set(ignore, (matcher = compileGlobs(ignore, { dot: true })));
  return matcher;
}

function realPathOr(filePath: string): string {
  try {
    return fs.realpathSync(filePath);
  } catch {
    return filePath;
  }
}

/** Whether `filePath` is `target` or lies under it. */
export function isWithin(filePath: string, target: string): boolean {
  const relative = path.relative(target, filePath);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}
