// Puts `--fix` results on disk as a transaction: every file goes to a temporary file beside it (synced) and is renamed
// over the original, so a kill or a full disk leaves each file either as it was or fully fixed. Files a fix links
// (a source and the scaffold it imports) are written together or not at all; a file edited since it was read keeps
// the user's edit; nothing is written through a link that leads out of the project.
import * as fs from "node:fs";
import * as path from "node:path";
import type { Notice } from "../../rules/engine/types.js";
import { isWithin } from "../host/source-files.js";
import type { FileChange } from "./fix-diff.js";

export interface WriteFixesOptions {
  /** Roots of the projects fixed; a file is written only inside the one holding it, links resolved. */
  roots: readonly string[];
  /**
   * Test seam (HARDEN_TEST_FAIL_WRITE): writing the file with this base name fails as a full disk would. Only the
   * tests set it: running as root, they cannot make a file unwritable with permissions.
   */
  failWriteOf?: string;
}

export interface WriteFixesOutcome {
  written: string[];
  /** Files left as they were on purpose, each with the reason. */
  skipped: Notice[];
  /** Set when writing failed: why, and every file that was not written because of it. */
  failure?: { reason: string; notWritten: string[] };
}

/** One file of the transaction: where its bytes really go and the temporary file holding them. */
interface PlannedWrite {
  change: FileChange;
  /** The file written: the change's path with links resolved (a link inside the project stays a link). */
  target: string;
  /** What the file held when it was read (BOM included); undefined when the fix creates it. */
  expected: string | undefined;
  temporary?: string;
}

class RefusedWrite extends Error {}

export function writeFixes(changes: readonly FileChange[], linkedFiles: readonly (readonly string[])[], options: WriteFixesOptions): WriteFixesOutcome {
  const outcome: WriteFixesOutcome = { written: [], skipped: [] };
  const byPath = new Map(changes.map((change) => [change.filePath, change]));
  const groups: PlannedWrite[][] = [];
  for (const group of linkedFiles) {
    const members = group.map((filePath) => byPath.get(filePath)).filter((change) => change !== undefined);
    try {
      // New files first: a kill between renames may leave a scaffold no file imports yet, never an import of a missing file.
      const ordered = [...members].sort((a, b) => Number(a.before !== undefined) - Number(b.before !== undefined));
      groups.push(ordered.map((change) => planWrite(change, options.roots)));
    } catch (error) {
      const reason = error instanceof RefusedWrite ? error.message : describeError(error);
      outcome.skipped.push(...members.map((change) => ({ filePath: change.filePath, message: `fixes not written: ${reason}` })));
    }
  }

  const planned = groups.flat();
  const createdDirectories: string[] = [];
  try {
    for (const write of planned) writeTemporary(write, createdDirectories, options.failWriteOf);
  } catch (error) {
    removeTemporaries(planned, createdDirectories);
    outcome.failure = { reason: describeError(error), notWritten: planned.map((write) => write.change.filePath) };
    return outcome;
  }

  for (const [index, group] of groups.entries()) {
    const edited = group.find((write) => !isUnchanged(write));
    if (edited) {
      removeTemporaries(group, []);
      const reason = group.length === 1 ? "the file changed while fixing" : `${path.basename(edited.change.filePath)} changed while fixing`;
      outcome.skipped.push(...group.map((write) => ({ filePath: write.change.filePath, message: `fixes skipped: ${reason}` })));
      continue;
    }
    for (const [position, write] of group.entries()) {
      try {
        fs.renameSync(write.temporary!, write.target);
      } catch (error) {
        const rest = [...group.slice(position), ...groups.slice(index + 1).flat()];
        removeTemporaries(rest, []);
        outcome.failure = { reason: describeError(error), notWritten: rest.map((other) => other.change.filePath) };
        return outcome;
      }
      outcome.written.push(write.change.filePath);
    }
  }
  syncDirectories(planned.map((write) => path.dirname(write.target)));
  return outcome;
}

/** Resolves where a change may be written, or refuses: a link out of the project, or something not a regular file. */
function planWrite(change: FileChange, roots: readonly string[]): PlannedWrite {
  const root = roots.filter((candidate) => isWithin(change.filePath, candidate)).sort((a, b) => b.length - a.length)[0];
  if (root === undefined) throw new RefusedWrite(`${change.filePath} is outside the project`);
  const realRoot = fs.realpathSync(root);
  const expected = change.before === undefined ? undefined : (change.hasBom ? "\ufeff" : "") + change.before;
  const entry = lstatOrUndefined(change.filePath);
  if (entry) {
    let target: string;
    try {
      target = fs.realpathSync(change.filePath);
    } catch {
      throw new RefusedWrite(`${path.basename(change.filePath)} is a broken link`);
    }
    if (!isWithin(target, realRoot)) throw new RefusedWrite(`${path.basename(change.filePath)} links outside the project`);
    if (!fs.statSync(target).isFile()) throw new RefusedWrite(`${path.basename(change.filePath)} is not a regular file`);
    return { change, target, expected };
  }
  const existingAncestor = nearestExisting(path.dirname(change.filePath));
  let realAncestor: string;
  try {
    realAncestor = fs.realpathSync(existingAncestor);
  } catch {
    throw new RefusedWrite(`${path.relative(root, existingAncestor)} is a broken link`);
  }
  if (!isWithin(realAncestor, realRoot)) throw new RefusedWrite(`${path.relative(root, existingAncestor) || "its folder"} links outside the project`);
  return { change, target: path.join(realAncestor, path.relative(existingAncestor, change.filePath)), expected };
}

let temporaryCount = 0;

function writeTemporary(write: PlannedWrite, createdDirectories: string[], failWriteOf: string | undefined): void {
  const directory = path.dirname(write.target);
  const missing: string[] = [];
  for (let current = directory; lstatOrUndefined(current) === undefined; current = path.dirname(current)) missing.unshift(current);
  for (const created of missing) {
    fs.mkdirSync(created);
    createdDirectories.push(created);
  }
  const mode = write.expected === undefined ? 0o666 : fs.statSync(write.target).mode & 0o7777;
  // Not a source extension, so a run killed before its renames leaves nothing the next run would lint.
  write.temporary = path.join(directory, `.${path.basename(write.target)}.harden-${process.pid}-${temporaryCount++}.tmp`);
  const descriptor = fs.openSync(write.temporary, "wx", mode);
  try {
    if (failWriteOf !== undefined && path.basename(write.target) === failWriteOf) throw Object.assign(new Error("no space left on device (test seam)"), { code: "ENOSPC" });
    fs.writeFileSync(descriptor, (write.change.hasBom ? "\ufeff" : "") + write.change.after);
    if (write.expected !== undefined) fs.fchmodSync(descriptor, mode);
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
}

/** Whether the file still holds what was read (or, for a file the fix creates, still does not exist). */
function isUnchanged(write: PlannedWrite): boolean {
  if (write.expected === undefined) return lstatOrUndefined(write.target) === undefined;
  try {
    return fs.readFileSync(write.target, "utf8") === write.expected;
  } catch {
    return false;
  }
}

function removeTemporaries(writes: readonly PlannedWrite[], createdDirectories: readonly string[]): void {
  for (const write of writes) if (write.temporary) fs.rmSync(write.temporary, { force: true });
  for (const directory of [...createdDirectories].reverse()) {
    try {
      fs.rmdirSync(directory);
    } catch {
      // Not empty any more: someone else put a file there, so it stays.
    }
  }
}

/** A rename is durable once its folder is synced; platforms that cannot sync a folder keep the rename anyway. */
function syncDirectories(directories: readonly string[]): void {
  for (const directory of new Set(directories)) {
    try {
      const descriptor = fs.openSync(directory, "r");
      try {
        fs.fsyncSync(descriptor);
      } finally {
        fs.closeSync(descriptor);
      }
    } catch {
      // Best effort only: the files themselves were synced before their rename.
    }
  }
}

function lstatOrUndefined(filePath: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(filePath);
  } catch {
    return undefined;
  }
}

function nearestExisting(directory: string): string {
  let current = directory;
  while (lstatOrUndefined(current) === undefined && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
  return code && !message.startsWith(code) ? `${code}: ${message}` : message;
}
