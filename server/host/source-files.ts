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
  const isIgnored = filter.ignore.length > 0 ? picomatch([...filter.ignore], { dot: true }) : undefined;
  const ignoredRelative = (filePath: string): boolean => {
    if (!isIgnored) return false;
    const relative = path.relative(filter.root, filePath).split(path.sep).join("/");
    return relative !== "" && !relative.startsWith("../") && isIgnored(relative);
  };
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
        const stats = fs.statSync(entryPath);
        isFile = stats.isFile();
        isDirectory = stats.isDirectory();
        realPath = fs.realpathSync(entryPath);
      } catch {
        return; // a dangling symlink or an entry removed while listing
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
    } catch {
      return;
    }
    for (const dirent of dirents) {
      // By name, whatever the entry is: a symlinked node_modules is still dependencies.
      if (skippedDirectories.includes(dirent.name)) continue;
      visit(path.join(entryPath, dirent.name), { dirent, parentRealPath: realPath });
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
