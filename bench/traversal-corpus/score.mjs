// Scores path-traversal and permissive-cors on the corpus build.mjs wrote: runs `harden check` (dist/cli.js, or
// $HARDEN_CLI for another build) over it and prints, per category and per source file, positives found (TP), missed
// (FN), negatives flagged (FP), precision and recall. A case is flagged when a finding of its category's rule starts
// on one of its lines. Findings on no labelled line are counted apart (`unlabelled`): they are neither right nor wrong.
// Usage: node bench/traversal-corpus/score.mjs [--json] [--misses] [--false-positives]
import * as path from "node:path";
import { checkCorpus, readCases } from "../corpus.mjs";
import { corpusDirectory } from "./build.mjs";

const args = process.argv.slice(2);
const cases = readCases(corpusDirectory, "bench/traversal-corpus/build.mjs");
const categories = new Set(cases.map((entry) => entry.category));

const report = checkCorpus(corpusDirectory);
/** `<file>:<line>` → rule ids reported there. */
const reported = [];
for (const file of report.files) {
  const relative = path.relative(corpusDirectory, path.resolve(corpusDirectory, file.filePath));
  for (const finding of file.findings) if (categories.has(finding.ruleId)) reported.push({ file: relative, line: finding.line, ruleId: finding.ruleId, used: false });
}

const rows = new Map();
const rowOf = (key) => {
  if (!rows.has(key)) rows.set(key, { key, TP: 0, FN: 0, FP: 0, TN: 0, unlabelled: 0, missed: [], falsePositives: [] });
  return rows.get(key);
};
for (const entry of cases) {
  const hits = reported.filter((finding) => finding.ruleId === entry.category && finding.file === entry.file && finding.line >= entry.from && finding.line <= entry.to);
  for (const hit of hits) hit.used = true;
  const where = `${entry.id} ${entry.file}:${entry.from}`;
  for (const row of [rowOf(`${entry.category} · ${entry.source.repo}:${path.basename(entry.source.path)}`), rowOf(`${entry.category} · ${entry.source.repo}`), rowOf(entry.category)]) {
    if (entry.expected === "positive") {
      row[hits.length > 0 ? "TP" : "FN"]++;
      if (hits.length === 0) row.missed.push(where);
    } else {
      row[hits.length > 0 ? "FP" : "TN"]++;
      if (hits.length > 0) row.falsePositives.push(where);
    }
  }
}
for (const finding of reported) if (!finding.used) rowOf(finding.ruleId).unlabelled++;

const percent = (part, whole) => (whole === 0 ? "—" : `${Math.round((100 * part) / whole)}%`);
const all = [...rows.values()].sort((a, b) => a.key.localeCompare(b.key));
if (args.includes("--json")) {
  console.log(JSON.stringify(all, null, 1));
} else {
  const lines = ["| category · source | TP | FN | FP | TN | precision | recall | unlabelled |", "|---|---|---|---|---|---|---|---|"];
  for (const row of all) lines.push(`| ${row.key} | ${row.TP} | ${row.FN} | ${row.FP} | ${row.TN} | ${percent(row.TP, row.TP + row.FP)} | ${percent(row.TP, row.TP + row.FN)} | ${categories.has(row.key) ? row.unlabelled : ""} |`);
  console.log(lines.join("\n"));
  for (const category of categories) {
    if (args.includes("--misses")) console.log(`missed ${category}: ${rowOf(category).missed.join(", ") || "none"}`);
    if (args.includes("--false-positives")) console.log(`false positives ${category}: ${rowOf(category).falsePositives.join(", ") || "none"}`);
  }
}
