// Scores hardcoded-secret on the corpus build.mjs wrote: runs `harden check` (dist/cli.js, or $HARDEN_CLI for another
// build) over it and prints, per provider family, positives found (TP), missed (FN), negatives flagged (FP),
// precision and recall, then the totals per source. Prints counts and case ids only, never a case's text.
// Usage: node bench/secrets-corpus/score.mjs [--json] [--misses family,...]
import * as path from "node:path";
import { checkCorpus, readCases } from "../corpus.mjs";
import { corpusDirectory } from "./build.mjs";

const args = process.argv.slice(2);
const cases = readCases(corpusDirectory, "bench/secrets-corpus/build.mjs");

const report = checkCorpus(corpusDirectory);
const flagged = new Set(
  report
    .files.filter((file) => file.findings.some((finding) => finding.ruleId === "hardcoded-secret"))
    .map((file) => path.basename(file.filePath, ".ts")),
);

const rows = new Map();
const rowOf = (key) => {
  if (!rows.has(key)) rows.set(key, { key, TP: 0, FN: 0, FP: 0, TN: 0, missed: [] });
  return rows.get(key);
};
for (const entry of cases) {
  const isFlagged = flagged.has(entry.id);
  for (const row of [rowOf(`family ${entry.family}`), rowOf(`source ${entry.source.repo}`), rowOf("all")]) {
    if (entry.expected === "positive") {
      row[isFlagged ? "TP" : "FN"]++;
      if (!isFlagged) row.missed.push(entry.id);
    } else row[isFlagged ? "FP" : "TN"]++;
  }
}
const percent = (part, whole) => (whole === 0 ? "—" : `${Math.round((100 * part) / whole)}%`);
const all = [...rows.values()];
if (args.includes("--json")) {
  console.log(JSON.stringify(all, null, 1));
} else {
  const lines = ["| family | TP | FN | FP | TN | precision | recall |", "|---|---|---|---|---|---|---|"];
  const order = (row) => (row.key === "all" ? 2 : row.key.startsWith("source") ? 1 : 0);
  for (const row of all.sort((a, b) => order(a) - order(b) || a.key.localeCompare(b.key))) {
    lines.push(`| ${row.key} | ${row.TP} | ${row.FN} | ${row.FP} | ${row.TN} | ${percent(row.TP, row.TP + row.FP)} | ${percent(row.TP, row.TP + row.FN)} |`);
  }
  console.log(lines.join("\n"));
  const misses = args.includes("--misses") ? args[args.indexOf("--misses") + 1].split(",") : [];
  for (const family of misses) console.log(`missed in ${family}: ${rows.get(`family ${family}`)?.missed.join(" ") ?? "none"}`);
}
