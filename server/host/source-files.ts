// Finds the files Harden analyses under a set of paths: walks directories (never following a symlink loop),
// keeps the source extensions, and skips build output, dependencies, `.d.ts` files and the config's ignore globs.
import * as fs from "node:fs";
import * as path from "node:path";
import picomatch from "picomatch";

export const sourceExtensions = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
export const skippedDirectories = ["node_modules", "dist", "build", ".next", "coverage", ".git"];

export function isSourceFile(filePath: string): boolean {
  const name = path.basename(filePath);
  return sourceExtensions.includes(path.extname(name).toLowerCase()) && !/\.d\.[mc]?tsx?$/i.test(name);
}

export interface FileFilter {
  /** Directory the ignore globs are relative to. */
  root: string;
  ignore: readonly string[];
}

/** Source files under `startPath` (a directory or a file), sorted, each listed once by its real path. */
export function findSourceFiles(startPath: string, filter: FileFilter): string[] {
  const isIgnored = filter.ignore.length > 0 ? picomatch([...filter.ignore], { dot: true }) : () => false;
  const ignoredRelative = (filePath: string): boolean => {
    const relative = path.relative(filter.root, filePath).split(path.sep).join("/");
    return relative !== "" && !relative.startsWith("../") && isIgnored(relative);
  };
  const found = new Set<string>();
  const visitedDirectories = new Set<string>();

  const visit = (entryPath: string): void => {
    let stats: fs.Stats;
    let realPath: string;
    try {
      stats = fs.statSync(entryPath);
      realPath = fs.realpathSync(entryPath);
    } catch {
      return; // a dangling symlink or an entry removed while listing
    }
    if (ignoredRelative(entryPath)) return;
    if (stats.isFile()) {
      if (isSourceFile(entryPath)) found.add(realPath);
      return;
    }
    if (!stats.isDirectory() || visitedDirectories.has(realPath)) return;
    visitedDirectories.add(realPath);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(entryPath, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      // By name, whatever the entry is: a symlinked node_modules is still dependencies.
      if (skippedDirectories.includes(entry.name)) continue;
      visit(path.join(entryPath, entry.name));
    }
  };

  visit(path.resolve(startPath));
  return [...found].sort();
}

/** Whether `filePath` is `target` or lies under it. */
export function isWithin(filePath: string, target: string): boolean {
  const relative = path.relative(target, filePath);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}
