// What `--changed-since` and the baseline ask git: the repository root, which files changed since a ref, which were
// renamed since a commit. Git runs as a read-only child process (no optional locks, so not even the index is
// refreshed); a question git cannot answer is a GitError with a one-line reason.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export class GitError extends Error {}

type GitAnswer = { ok: true; stdout: string } | { ok: false; reason: string };

function askGit(cwd: string, args: readonly string[]): GitAnswer {
  const result = spawnSync("git", ["-c", "core.quotepath=off", ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
    maxBuffer: 256 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === "ENOENT";
    throw new GitError(missing ? "git is not installed (or not on PATH)" : `git could not run: ${result.error.message}`);
  }
  if (result.status !== 0) return { ok: false, reason: result.stderr.trim().split("\n")[0] ?? `git exited ${result.status}` };
  return { ok: true, stdout: result.stdout };
}

/** The root of the work tree holding `directory`, or undefined when it is in none. */
export function repositoryRoot(directory: string): string | undefined {
  const answer = askGit(directory, ["rev-parse", "--show-toplevel"]);
  return answer.ok ? fs.realpathSync(answer.stdout.trim()) : undefined;
}

/** The commit checked out, or undefined in a repository without commits. */
export function headCommit(root: string): string | undefined {
  const answer = askGit(root, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  return answer.ok ? answer.stdout.trim() : undefined;
}

export function resolveCommit(root: string, ref: string): string | undefined {
  if (ref.startsWith("-")) return undefined;
  const answer = askGit(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  return answer.ok ? answer.stdout.trim() : undefined;
}

/**
 * Files (absolute paths) that differ from where HEAD left `ref`'s history — their merge base, as a pull request sees
 * it — counting commits since, staged and unstaged edits, deletions, and untracked files not ignored.
 */
export function changedFilesSince(root: string, commit: string): Set<string> {
  const base = askGit(root, ["merge-base", commit, "HEAD"]);
  const since = base.ok ? base.stdout.trim() : commit;
  const changed = expectOk(askGit(root, ["diff", "--name-only", "--no-renames", "-z", since, "--"]), "git diff");
  const untracked = expectOk(askGit(root, ["ls-files", "--others", "--exclude-standard", "-z"]), "git ls-files");
  return new Set([...splitNul(changed), ...splitNul(untracked)].map((name) => path.join(root, name)));
}

/** For each file renamed since `commit` (committed or in the work tree), its absolute path now → its path then. */
export function renamesSince(root: string, commit: string): Map<string, string> {
  const fields = splitNul(expectOk(askGit(root, ["diff", "-M", "--name-status", "-z", commit, "--"]), "git diff"));
  const renames = new Map<string, string>();
  for (let index = 0; index < fields.length; ) {
    const status = fields[index]!;
    if (status.startsWith("R") || status.startsWith("C")) {
      if (status.startsWith("R")) renames.set(path.join(root, fields[index + 2]!), path.join(root, fields[index + 1]!));
      index += 3;
    } else {
      index += 2;
    }
  }
  return renames;
}

function expectOk(answer: GitAnswer, what: string): string {
  if (!answer.ok) throw new GitError(`${what} failed: ${answer.reason}`);
  return answer.stdout;
}

function splitNul(text: string): string[] {
  return text.split("\0").filter((field) => field.length > 0);
}
