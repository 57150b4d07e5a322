// Re-scores the fix verdicts (fix-verdicts/<repo>.jsonl) against a later fix-bench run (issue 12): for each judged
// hunk of the targets run, whether the later diffs still change the line it was judged at. A "breaks" verdict whose
// line the later run leaves alone is a break that build no longer makes; one still changed is read again by hand
// (the hunk may now be right). Prints per verdict kind: judged, still changed, no longer changed; and lists the breaks
// still changed.
//
//   node bench/realworld/fix-rescore.mjs --diffs DIR [--targets a,b]   (DIR: a fix-bench $FIX_BENCH_DIFFS folder)
import * as fs from "node:fs";
import * as path from "node:path";
import { hunksOf } from "./lib.mjs";

const args = process.argv.slice(2);
const option = (name) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const diffs = option("diffs");
if (!diffs) throw new Error("--diffs DIR is required");
const chosen = option("targets")?.split(",") ?? fs.readdirSync(diffs).filter((name) => name.endsWith(".diff")).map((name) => name.slice(0, -5));

const tally = new Map();
const stillBreaking = [];
for (const target of chosen) {
  const verdictFile = path.join(import.meta.dirname, "fix-verdicts", `${target}.jsonl`);
  const diffFile = path.join(diffs, `${target}.diff`);
  if (!fs.existsSync(verdictFile) || !fs.existsSync(diffFile)) continue;
  const hunks = hunksOf(fs.readFileSync(diffFile, "utf8"));
  // A created file's hunk starts at 0 in the old text: a verdict at line 0 names the created file.
  const changes = (file, line) => hunks.some((hunk) => hunk.file === file && (line === 0 ? hunk.oldStart === 0 : line >= hunk.oldStart && line <= hunk.oldStart + Math.max(hunk.oldLength, 1) - 1));
  for (const text of fs.readFileSync(verdictFile, "utf8").split("\n")) {
    if (!text.trim()) continue;
    const entry = JSON.parse(text);
    if (!entry.verdict) continue;
    const row = tally.get(entry.verdict) ?? { judged: 0, still: 0, gone: 0 };
    row.judged++;
    if (changes(entry.file, entry.line)) {
      row.still++;
      if (entry.verdict === "breaks") stillBreaking.push(`${target} ${entry.rule} ${entry.file}:${entry.line}  ${entry.why.slice(0, 140)}`);
    } else row.gone++;
    tally.set(entry.verdict, row);
  }
}
console.log("verdict      judged  still changed  no longer changed");
for (const [verdict, row] of tally) console.log(`${verdict.padEnd(12)} ${String(row.judged).padStart(6)}  ${String(row.still).padStart(13)}  ${String(row.gone).padStart(17)}`);
if (stillBreaking.length > 0) console.log(`\nbreaks still changed (read again):\n${stillBreaking.join("\n")}`);
