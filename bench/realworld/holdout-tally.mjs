// Per rule, over every holdout repository (repos.json `holdout`), the findings a saved score-groups run holds and how
// the verdicts judge them, with the false positives counted per repository: where the remaining noise on untouched
// code is. Usage: node bench/realworld/holdout-tally.mjs SAVED.json (an OUT.json written by score-groups.mjs)
import * as fs from "node:fs";
import { keyOf, readVerdicts, repos } from "./lib.mjs";

const saved = JSON.parse(fs.readFileSync(process.argv[2], "utf8")).findings;
const verdicts = readVerdicts();
const holdouts = new Set(repos.filter((repo) => repo.holdout).map((repo) => repo.name));
const byRule = new Map();
for (const [repo, findings] of Object.entries(saved)) {
  if (!holdouts.has(repo)) continue;
  for (const finding of findings) {
    const verdict = verdicts.get(keyOf(finding))?.verdict ?? "unjudged";
    const tally = byRule.get(finding.rule) ?? { findings: 0, TP: 0, FP: 0, debatable: 0, unjudged: 0, falsePositivesIn: {} };
    tally.findings++;
    tally[verdict]++;
    if (verdict === "FP") tally.falsePositivesIn[repo] = (tally.falsePositivesIn[repo] ?? 0) + 1;
    byRule.set(finding.rule, tally);
  }
}
for (const [rule, tally] of [...byRule].sort(([, a], [, b]) => b.FP - a.FP)) {
  const judged = tally.TP + tally.FP;
  const precision = judged === 0 ? "—" : `${Math.round((100 * tally.TP) / judged)}%`;
  console.log(`${rule.padEnd(28)} ${String(tally.findings).padStart(4)}  ${tally.TP}/${tally.FP}/${tally.debatable} unj ${tally.unjudged}  ${precision}  FP in ${JSON.stringify(tally.falsePositivesIn)}`);
}
