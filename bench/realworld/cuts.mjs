// Saved score-groups runs cut by batch and by rule, for a closing note's before/after table: each batch of repos.json
// named by its `fresh` tag's round (`r30`), the rounds before `--older-than` (default r27) together as "older", and
// per rule over every repository the run scanned. Precision is TP / (TP + FP); debatable and unjudged count in neither.
// Usage: node bench/realworld/cuts.mjs RUN.json [MORE.json …] [--older-than r27] [--rules]
import * as fs from "node:fs";
import { keyOf, readVerdicts, repos } from "./lib.mjs";

const args = process.argv.slice(2);
const olderThan = Number((args.includes("--older-than") ? args[args.indexOf("--older-than") + 1] : "r27").slice(1));
const runs = args.filter((arg, index) => arg.endsWith(".json") && args[index - 1] !== "--older-than");
const verdicts = readVerdicts();
const roundOf = (repo) => Number(/-r(\d+)$/.exec(repo.fresh ?? "")?.[1] ?? 0);
const batchOf = new Map(repos.map((repo) => [repo.name, roundOf(repo) >= olderThan ? `r${roundOf(repo)}` : "older"]));

const line = (label, tally) => {
  const precision = tally.TP + tally.FP > 0 ? `${((100 * tally.TP) / (tally.TP + tally.FP)).toFixed(1)}%` : "—";
  return `${label.padEnd(28)} ${String(tally.findings).padStart(5)}  ${tally.TP}/${tally.FP}/${tally.debatable} unj ${tally.unjudged}  ${precision}`;
};
for (const file of runs) {
  const saved = JSON.parse(fs.readFileSync(file, "utf8")).findings;
  const byBatch = new Map();
  const byRule = new Map();
  const count = (map, key, verdict) => {
    const tally = map.get(key) ?? { findings: 0, TP: 0, FP: 0, debatable: 0, unjudged: 0 };
    tally.findings++;
    tally[verdict]++;
    map.set(key, tally);
  };
  for (const [repo, findings] of Object.entries(saved)) {
    for (const finding of findings) {
      const verdict = verdicts.get(keyOf(finding))?.verdict ?? "unjudged";
      count(byBatch, batchOf.get(repo) ?? "unknown", verdict);
      count(byBatch, "all", verdict);
      count(byRule, finding.rule, verdict);
    }
  }
  console.log(`\n# ${file} (${Object.keys(saved).length} repositories)   findings  TP/FP/debatable  precision`);
  for (const [batch, tally] of [...byBatch].sort(([a], [b]) => a.localeCompare(b))) console.log(line(batch, tally));
  if (args.includes("--rules")) for (const [rule, tally] of [...byRule].sort(([, a], [, b]) => b.findings - a.findings)) console.log(line(rule, tally));
}
