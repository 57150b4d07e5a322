// Re-scores the fix verdicts (fix-verdicts/<repo>.jsonl) against a later fix-bench run (issue 12). Each verdict is
// matched to the hunk it judged in the diffs it was made on (--judged: the nearest hunk of its file whose lines, with
// a few of context, hold the verdict's line), then that hunk is looked for in the later run (--diffs): applied the
// same (same removed and added lines), changed (a different hunk over the same lines) or gone. A judged break that is
// gone or changed is one that build no longer makes as judged; a changed one is read again by hand.
//
//   node bench/realworld/fix-rescore.mjs --judged DIR --diffs DIR [--targets a,b]   (fix-bench $FIX_BENCH_DIFFS folders)
import * as fs from "node:fs";
import * as path from "node:path";
import { hunksOf } from "./lib.mjs";

const args = process.argv.slice(2);
const option = (name) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const judgedDiffs = option("judged");
const laterDiffs = option("diffs");
if (!judgedDiffs || !laterDiffs) throw new Error("--judged DIR and --diffs DIR are required");
const chosen = option("targets")?.split(",") ?? fs.readdirSync(laterDiffs).filter((name) => name.endsWith(".diff")).map((name) => name.slice(0, -5));

const readHunks = (folder, target) => {
  const file = path.join(folder, `${target}.diff`);
  return fs.existsSync(file) ? hunksOf(fs.readFileSync(file, "utf8")) : [];
};
const changedLines = (hunk) => hunk.lines.filter((line) => /^[-+]/.test(line)).join("\n");
const reach = 6;
const near = (hunk, line) => (line === 0 ? hunk.oldStart === 0 : line >= hunk.oldStart - reach && line <= hunk.oldStart + Math.max(hunk.oldLength, 1) - 1 + reach);
const overlaps = (a, b) => a.file === b.file && a.oldStart <= b.oldStart + Math.max(b.oldLength, 1) - 1 && b.oldStart <= a.oldStart + Math.max(a.oldLength, 1) - 1;

const tally = new Map();
const breaksLeft = [];
for (const target of chosen) {
  const verdictFile = path.join(import.meta.dirname, "fix-verdicts", `${target}.jsonl`);
  if (!fs.existsSync(verdictFile)) continue;
  const judged = readHunks(judgedDiffs, target);
  const later = readHunks(laterDiffs, target);
  for (const text of fs.readFileSync(verdictFile, "utf8").split("\n")) {
    if (!text.trim()) continue;
    const entry = JSON.parse(text);
    if (!entry.verdict) continue;
    const candidates = judged.filter((hunk) => hunk.file === entry.file && near(hunk, entry.line));
    const hunk = candidates.sort((a, b) => Math.abs(a.oldStart - entry.line) - Math.abs(b.oldStart - entry.line))[0];
    const outcome = !hunk ? "unmatched" : later.some((other) => other.file === hunk.file && changedLines(other) === changedLines(hunk)) ? "same" : later.some((other) => overlaps(other, hunk)) ? "changed" : "gone";
    const row = tally.get(entry.verdict) ?? { same: 0, changed: 0, gone: 0, unmatched: 0 };
    row[outcome]++;
    tally.set(entry.verdict, row);
    if (entry.verdict === "breaks" && outcome !== "gone") breaksLeft.push(`${outcome.padEnd(9)} ${target} ${entry.rule} ${entry.file}:${entry.line}  ${entry.why.slice(0, 120)}`);
  }
}
console.log("verdict      applied the same  changed  gone  unmatched");
for (const [verdict, row] of tally) console.log(`${verdict.padEnd(12)} ${String(row.same).padStart(16)}  ${String(row.changed).padStart(7)}  ${String(row.gone).padStart(4)}  ${String(row.unmatched).padStart(9)}`);
if (breaksLeft.length > 0) console.log(`\njudged breaks not gone (changed ones to read again):\n${breaksLeft.join("\n")}`);
