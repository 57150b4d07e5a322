// Shared by sample.mjs and score.mjs: where the checkouts are, and the findings `harden check` gives on each.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { createRandom } from "../generate.mjs";

const repository = path.resolve(import.meta.dirname, "../..");
/** `HARDEN_CLI` scores another build (say, a checkout of an earlier commit) against the same verdicts. */
export const cliPath = process.env.HARDEN_CLI ?? path.join(repository, "dist/cli.js");
export const repos = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "repos.json"), "utf8"));
export const verdictsDirectory = path.join(import.meta.dirname, "verdicts");

/** Checkouts live outside the project: `$REALWORLD_DIR/<owner>+<name>` (default /tmp/rw), each at its pinned commit. */
export function checkoutOf(repo) {
  const directory = path.join(process.env.REALWORLD_DIR ?? "/tmp/rw", repo.github.replace("/", "+"));
  if (!fs.existsSync(directory)) throw new Error(`${repo.name}: no checkout at ${directory} (fetch ${repo.github} and clone it there)`);
  const head = spawnSync("git", ["-C", directory, "rev-parse", "HEAD"], { encoding: "utf8" }).stdout.trim();
  if (head !== repo.commit) throw new Error(`${repo.name}: ${directory} is at ${head}, the verdicts are for ${repo.commit}`);
  const absent = restorableDeletions(directory);
  if (absent.length > 0) {
    throw new Error(`${repo.name}: ${absent.length} tracked files are missing from ${directory} though git has them (first: ${absent[0]}); restore each with \`git checkout HEAD -- FILE\``);
  }
  return directory;
}

/**
 * Tracked files deleted from the work tree whose content the clone holds: a checkout that fell back to checking out
 * files in batches loses every file of a batch holding one absent blob, and a partial tree changes the findings.
 * Files whose blob the snapshot left out (large generated files) cannot be restored and are not counted.
 */
function restorableDeletions(directory) {
  const deleted = spawnSync("git", ["-C", directory, "ls-files", "--deleted", "-z"], { encoding: "utf8", maxBuffer: 1 << 26 }).stdout.split("\0").filter(Boolean);
  if (deleted.length === 0) return [];
  const check = spawnSync("git", ["-C", directory, "cat-file", "--batch-check"], { input: deleted.map((file) => `HEAD:${file}\n`).join(""), encoding: "utf8", maxBuffer: 1 << 26 });
  return check.stdout.split("\n").flatMap((line, index) => (line !== "" && !line.endsWith(" missing") ? [deleted[index]] : []));
}

/** Every finding of `harden check .` run in the checkout: { repo, rule, file, line, column, message }. */
export function findingsOf(repo, extraArgs = []) {
  const cwd = checkoutOf(repo);
  const run = spawnSync(process.execPath, [cliPath, "check", ".", "--format", "json", ...extraArgs], { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${repo.name}: harden exited ${run.status}: ${run.stderr.split("\n")[0]}`);
  const report = JSON.parse(run.stdout);
  return report.files.flatMap((file) =>
    file.findings.map((finding) => ({ repo: repo.name, rule: finding.ruleId, file: file.filePath, line: finding.line, column: finding.column, message: finding.message })),
  );
}

export const keyOf = (entry) => `${entry.repo}|${entry.rule}|${entry.file}|${entry.line}`;

/** Verdicts: one JSON object a line, { repo, commit, rule, file, line, verdict: "TP"|"FP"|"debatable", why }. */
export function readVerdicts() {
  const verdicts = new Map();
  for (const name of fs.readdirSync(verdictsDirectory).filter((file) => file.endsWith(".jsonl")).sort()) {
    const lines = fs.readFileSync(path.join(verdictsDirectory, name), "utf8").split("\n");
    lines.forEach((line, index) => {
      if (line.trim() === "") return;
      let verdict;
      try {
        verdict = JSON.parse(line);
      } catch {
        throw new Error(`verdicts/${name}:${index + 1}: not JSON`);
      }
      if (!["TP", "FP", "debatable"].includes(verdict.verdict)) throw new Error(`verdicts/${name}:${index + 1}: verdict must be TP, FP or debatable`);
      verdicts.set(keyOf(verdict), verdict);
    });
  }
  return verdicts;
}

/** A deterministic shuffle (generate.mjs's mulberry32), so a seed gives the same sample on every machine. */
export function shuffled(items, seed) {
  const random = createRandom(seed);
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = random.int(0, index);
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

/** The hunks of a unified diff: the file, where each starts in the old and new text, and its lines. */
export function hunksOf(text) {
  const hunks = [];
  let file;
  let current;
  for (const line of text.split("\n")) {
    if (line.startsWith("+++ b/")) file = line.slice(6);
    else if (line.startsWith("@@")) {
      const [, oldStart, oldLength = "1", newStart] = /^@@ -(\d+)(?:,(\d+))? \+(\d+)/.exec(line);
      current = { file, oldStart: Number(oldStart), oldLength: Number(oldLength), newStart: Number(newStart), lines: [] };
      hunks.push(current);
    } else if (current && /^[-+ ]/.test(line) && !line.startsWith("--- a/")) current.lines.push(line);
  }
  return hunks;
}
