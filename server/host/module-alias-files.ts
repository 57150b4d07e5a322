// The files that can declare a project's module aliases: every tsconfig*.json and jsconfig*.json, package.json and pnpm-workspace.yaml
// under the root, outside dependencies and build output; the deployment files beside a package (see deployments.ts); and
// the Vue and Svelte components, whose cookie reads the model needs (see component-scripts.ts). Nothing is parsed here: the CLI keys its cached config by
// these files before the engine (and TypeScript's JSON reader, see module-aliases.ts) is loaded.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { deploymentFiles } from "./deployments.js";
import { readRegularFile } from "./read-source.js";
import { isComponentFileName, isWithin, skippedDirectories } from "./source-files.js";

export const maxAliasFileBytes = 1024 * 1024;

/** `tsconfig*.json`, or `jsconfig*.json`, its twin for JavaScript packages, which declares `paths` alike. */
export function isCompilerConfigName(name: string): boolean {
  return (name.startsWith("tsconfig") || name.startsWith("jsconfig")) && name.endsWith(".json");
}

function isAliasFileName(name: string): boolean {
  return isCompilerConfigName(name) || name === "package.json" || name === "pnpm-workspace.yaml" || deploymentFiles.has(name) || isComponentFileName(name);
}

/**
 * Sorted paths; symlinked folders are not followed (a workspace package is a real folder, a link may loop). A
 * symlinked file is listed, for its reader to refuse when it leads out of the project or to a device.
 */
export function findModuleAliasFiles(root: string): string[] {
  const found: string[] = [];
  const visit = (directory: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!skippedDirectories.includes(entry.name)) visit(path.join(directory, entry.name));
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isAliasFileName(entry.name)) found.push(path.join(directory, entry.name));
    }
  };
  visit(root);
  return found.sort();
}

/**
 * The same files in `root` and in each folder between it and `filePath`, sorted: all the setup files that can declare
 * the package and deployment holding `filePath`, found without walking the project.
 */
export function findModuleAliasFilesAlong(root: string, filePath: string): string[] {
  const found: string[] = [];
  for (let directory = path.dirname(filePath); isWithin(directory, root); directory = path.dirname(directory)) {
    // The walk never enters dependencies or build output, so their setup files declare nothing.
    const isSkipped = path.relative(root, directory).split(path.sep).some((name) => skippedDirectories.includes(name));
    let entries: fs.Dirent[] = [];
    try {
      if (!isSkipped) entries = fs.readdirSync(directory, { withFileTypes: true });
    } catch {
      // An unreadable folder declares nothing, as in the walk.
    }
    for (const entry of entries) if ((entry.isFile() || entry.isSymbolicLink()) && isAliasFileName(entry.name)) found.push(path.join(directory, entry.name));
    if (directory === root || path.dirname(directory) === directory) break;
  }
  return found.sort();
}

/** Changes whenever one of those files appears, disappears or changes, so a config cached under it is re-read. */
export function moduleAliasFilesKey(root: string): string {
  const hash = createHash("sha1");
  for (const filePath of findModuleAliasFiles(root)) {
    hash.update(filePath).update("\0");
    // Only the presence of a deployment file is a fact; its content is never read.
    if (deploymentFiles.has(path.basename(filePath))) continue;
    // Components are many and change often: their size and time of change stand for their bytes.
    if (isComponentFileName(path.basename(filePath))) {
      hash.update(componentStamp(filePath)).update("\0");
      continue;
    }
    const read = readRegularFile(filePath, maxAliasFileBytes);
    hash.update("bytes" in read ? read.bytes : `(${read.problem})`).update("\0");
  }
  return hash.digest("hex");
}

function componentStamp(filePath: string): string {
  try {
    const stats = fs.statSync(filePath);
    return `${stats.size}:${stats.mtimeMs}`;
  } catch {
    return "(gone)";
  }
}
