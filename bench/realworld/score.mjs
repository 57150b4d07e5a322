// Re-scores the triaged real-world set: runs `harden check` on every pinned checkout, matches its findings with the
// verdicts in verdicts/*.jsonl (repo, rule, file, line) and prints, per rule, the findings, how many are judged, TP/FP/
// debatable among them, precision = TP / (TP + FP) over the judged findings still reported, and recall = triaged TPs
// still reported / all triaged TPs. Writes bench/results/realworld-latest.{md,json}.
// Usage: node bench/realworld/score.mjs [--json] [--repo name,...] (a subset scores only those repositories' findings and TPs)
import * as fs from "node:fs";
import * as path from "node:path";
import { findingsOf, keyOf, readVerdicts, repos } from "./lib.mjs";

const args = process.argv.slice(2);
const onlyRepos = args.includes("--repo") ? args[args.indexOf("--repo") + 1].split(",") : undefined;
const chosen = repos.filter((repo) => onlyRepos === undefined || onlyRepos.includes(repo.name));
const verdicts = new Map([...readVerdicts()].filter(([, verdict]) => chosen.some((repo) => repo.name === verdict.repo)));
const rows = new Map();
const rowOf = (rule) => {
  if (!rows.has(rule)) rows.set(rule, { rule, findings: 0, judged: 0, TP: 0, FP: 0, debatable: 0, triagedTP: 0, keptTP: 0 });
  return rows.get(rule);
};
const seen = new Set();
const unjudged = [];
for (const repo of chosen) {
  for (const finding of findingsOf(repo)) {
    const key = keyOf(finding);
    seen.add(key);
    const row = rowOf(finding.rule);
    row.findings++;
    const verdict = verdicts.get(key);
    if (verdict === undefined) {
      unjudged.push(finding);
      continue;
    }
    row.judged++;
    row[verdict.verdict]++;
  }
}
for (const [key, verdict] of verdicts) {
  if (verdict.verdict !== "TP") continue;
  const row = rowOf(verdict.rule);
  row.triagedTP++;
  if (seen.has(key)) row.keptTP++;
}

const percent = (part, whole) => (whole === 0 ? "—" : `${Math.round((100 * part) / whole)}%`);
const all = [...rows.values()].sort((a, b) => b.findings - a.findings);
const total = all.reduce((sum, row) => {
  for (const field of ["findings", "judged", "TP", "FP", "debatable", "triagedTP", "keptTP"]) sum[field] += row[field];
  return sum;
}, { rule: "**all**", findings: 0, judged: 0, TP: 0, FP: 0, debatable: 0, triagedTP: 0, keptTP: 0 });
const lines = [
  `| rule | findings | judged | TP | FP | debatable | precision | recall of triaged TPs |`,
  `|---|---|---|---|---|---|---|---|`,
  ...[...all, total].map((row) => `| ${row.rule} | ${row.findings} | ${row.judged} | ${row.TP} | ${row.FP} | ${row.debatable} | ${percent(row.TP, row.TP + row.FP)} | ${row.keptTP}/${row.triagedTP} |`),
  ``,
  `${unjudged.length} findings have no verdict yet (\`node bench/realworld/sample.mjs\` picks the next ones to judge).`,
];
const resultsDirectory = path.resolve(import.meta.dirname, "../results");
fs.mkdirSync(resultsDirectory, { recursive: true });
if (onlyRepos !== undefined) lines.push(`(only ${chosen.map((repo) => repo.name).join(", ")})`);
fs.writeFileSync(path.join(resultsDirectory, "realworld-latest.md"), `${lines.join("\n")}\n`);
fs.writeFileSync(path.join(resultsDirectory, "realworld-latest.json"), JSON.stringify({ rows: [...all, total], unjudged }, null, 2));
console.log(args.includes("--json") ? JSON.stringify({ rows: [...all, total] }, null, 2) : lines.join("\n"));
