// Every finding of saved score-groups runs, holdouts and the tuned set alike, counted by verdict: the overall
// precision line of a closing note. Usage: node bench/realworld/all-tally.mjs SAVED.json [MORE.json …]
import * as fs from "node:fs";
import { keyOf, readVerdicts } from "./lib.mjs";

const verdicts = readVerdicts();
for (const file of process.argv.slice(2)) {
  const saved = JSON.parse(fs.readFileSync(file, "utf8")).findings;
  const tally = { TP: 0, FP: 0, debatable: 0, unjudged: 0 };
  let findings = 0;
  for (const repoFindings of Object.values(saved)) {
    for (const finding of repoFindings) {
      findings++;
      tally[verdicts.get(keyOf(finding))?.verdict ?? "unjudged"]++;
    }
  }
  const judged = tally.TP + tally.FP;
  const precision = judged === 0 ? "—" : `${((100 * tally.TP) / judged).toFixed(1)}%`;
  console.log(`${file}: ${findings} findings, ${tally.TP}/${tally.FP}/${tally.debatable} TP/FP/debatable, ${tally.unjudged} unjudged, precision ${precision}`);
}
