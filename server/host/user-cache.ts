// The per-user cache directory ($XDG_CACHE_HOME/harden, else ~/.cache/harden): the only place the engine's compiled
// code is kept, and the home of the key that authenticates the caches Harden writes into workspaces. It is outside
// every project and trusted only while it is a directory of this user closed to everyone else; nothing executable or
// trusted is ever read from a workspace.
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { threadId } from "node:worker_threads";

export interface UserCache {
  directory: string;
  /** The secret that authenticates this user's caches in workspaces (see summary-cache.ts). */
  key: Buffer;
}

/** Why there is no per-user cache to use; `directory` is the one that was tried, if any. */
export interface UserCacheProblem {
  directory?: string;
  problem: string;
}

const keyFileName = "cache-key";
const keyLength = 32;
/** Windows has no owners or modes here: its per-user folders are private by their ACLs. */
const hasOwners = typeof process.getuid === "function";
const noFollow = fs.constants.O_NOFOLLOW ?? 0;
const nonBlocking = fs.constants.O_NONBLOCK ?? 0;

/** The per-user cache with its key (both created on first use), or why it cannot be trusted. */
export function openUserCache(env: Readonly<Record<string, string | undefined>>): UserCache | UserCacheProblem {
  const directory = userCacheDirectoryOf(env);
  if (directory === undefined) return { problem: "no per-user cache directory (no XDG_CACHE_HOME and no home directory)" };
  try {
    fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
    const distrust = distrustOf(fs.statSync(directory), "directory");
    if (distrust) return { directory, problem: distrust };
    const key = readOrCreateKey(path.join(directory, keyFileName));
    return typeof key === "string" ? { directory, problem: key } : { directory, key };
  } catch (error) {
    return { directory, problem: `cannot be used (${errorCode(error)})` };
  }
}

function userCacheDirectoryOf(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const xdg = env["XDG_CACHE_HOME"];
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, "harden");
  if (process.platform === "win32" && env["LOCALAPPDATA"]) return path.join(env["LOCALAPPDATA"], "harden", "cache");
  let home = env["HOME"];
  try {
    home ||= os.homedir();
  } catch {
    return undefined;
  }
  return home && path.isAbsolute(home) ? path.join(home, ".cache", "harden") : undefined;
}

/** Why a file or directory cannot be trusted: not of that kind, another user's, or open to other users. */
function distrustOf(stat: fs.Stats, kind: "directory" | "file"): string | undefined {
  if (kind === "directory" ? !stat.isDirectory() : !stat.isFile()) return `is not a ${kind}`;
  if (!hasOwners) return undefined;
  if (stat.uid !== process.getuid!()) return `belongs to another user (uid ${stat.uid})`;
  if ((stat.mode & 0o077) !== 0) return `is open to other users (mode ${(stat.mode & 0o777).toString(8)})`;
  return undefined;
}

/**
 * A file's bytes, read without following a symlink or waiting on a FIFO; undefined when it is missing or not a
 * regular file (`privateToUser`: one of this user's that no one else can read or write).
 */
export function readFileSafely(filePath: string, { privateToUser }: { privateToUser: boolean }): Buffer | undefined {
  let descriptor: number;
  try {
    descriptor = fs.openSync(filePath, fs.constants.O_RDONLY | noFollow | nonBlocking);
  } catch {
    return undefined;
  }
  try {
    const stat = fs.fstatSync(descriptor);
    const distrust = privateToUser ? distrustOf(stat, "file") : stat.isFile() ? undefined : "is not a file";
    return distrust === undefined ? fs.readFileSync(descriptor) : undefined;
  } catch {
    return undefined;
  } finally {
    fs.closeSync(descriptor);
  }
}

/** Writes a file only this user can read, in one rename; a failed write leaves no file. Workers of one process may race, hence the thread in the name. */
export function writePrivateFile(filePath: string, data: Buffer): boolean {
  const temporary = `${filePath}.${process.pid}-${threadId}.tmp`;
  try {
    fs.writeFileSync(temporary, data, { mode: 0o600, flag: "wx" });
    fs.renameSync(temporary, filePath);
    return true;
  } catch {
    fs.rmSync(temporary, { force: true });
    return false;
  }
}

/** The key, or why it cannot be trusted. Created once, by a link that fails if another process made it first. */
function readOrCreateKey(keyPath: string): Buffer | string {
  if (!fs.existsSync(keyPath)) {
    const temporary = `${keyPath}.${process.pid}-${threadId}.tmp`;
    try {
      fs.writeFileSync(temporary, randomBytes(keyLength), { mode: 0o600, flag: "wx" });
      fs.linkSync(temporary, keyPath);
    } catch (error) {
      if (errorCode(error) !== "EEXIST") return `${keyFileName} cannot be created (${errorCode(error)})`;
    } finally {
      fs.rmSync(temporary, { force: true });
    }
  }
  const key = readFileSafely(keyPath, { privateToUser: true });
  return key?.length === keyLength ? key : `${keyFileName} is not a private ${keyLength}-byte file of this user`;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
