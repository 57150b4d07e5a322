// Two saved score-groups runs compared finding by finding (which findings went, which appeared, and their verdicts),
// or one run's findings listed with their verdicts. What a closing note's "no true positive lost" rests on.
// Usage: node bench/realworld/compare.mjs BEFORE.json AFTER.json [--rule id]   (over the repositories both runs scanned)
//        node bench/realworld/compare.mjs SAVED.json --list [--rule id] [--verdict TP|FP|debatable|unjudged] [--holdout] [--why]
//        (--why adds each verdict's one-line reason: how the false positives of a rule group)
import * as fs from "node:fs";
import { keyOf, readVerdicts, repos } from "./lib.mjs";

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const positional = args.filter((arg, index) => !arg.startsWith("--") && !args[index - 1]?.match(/^--(rule|verdict)$/));
const verdicts = readVerdicts();
const holdouts = new Set(repos.filter((repo) => repo.holdout).map((repo) => repo.name));
const rule = option("--rule");

/** The saved run's findings per repository. */
function savedRun(file) {
  if (!file || !fs.existsSync(file)) throw new Error(`${file ?? "(none)"}: no saved score-groups run there`);
  return JSON.parse(fs.readFileSync(file, "utf8")).findings;
}
const findingsOf = (run, names) => names.flatMap((name) => run[name]).filter((finding) => !rule || finding.rule === rule);
const verdictOf = (finding) => verdicts.get(keyOf(finding))?.verdict ?? "unjudged";
const why = (finding) => (args.includes("--why") ? `  | ${verdicts.get(keyOf(finding))?.why ?? ""}` : "");
const line = (finding) => `${verdictOf(finding).padEnd(9)} ${finding.repo} ${finding.rule} ${finding.file}:${finding.line}  ${finding.message.slice(0, 140)}${why(finding)}`;

if (args.includes("--list")) {
  const wanted = option("--verdict");
  const run = savedRun(positional[0]);
  for (const finding of findingsOf(run, Object.keys(run)))
    if ((!wanted || verdictOf(finding) === wanted) && (!args.includes("--holdout") || holdouts.has(finding.repo))) console.log(line(finding));
} else {
  // Only the repositories both runs scanned (a run of a few with --group against a full one).
  const [beforeRun, afterRun] = positional.map(savedRun);
  const shared = Object.keys(afterRun).filter((name) => name in beforeRun);
  const [before, after] = [findingsOf(beforeRun, shared), findingsOf(afterRun, shared)];
  const keysOf = (findings) => new Set(findings.map(keyOf));
  const [beforeKeys, afterKeys] = [keysOf(before), keysOf(after)];
  const gone = before.filter((finding) => !afterKeys.has(keyOf(finding)));
  const added = after.filter((finding) => !beforeKeys.has(keyOf(finding)));
  const tally = (findings) => {
    const counts = new Map();
    for (const finding of findings) counts.set(verdictOf(finding), (counts.get(verdictOf(finding)) ?? 0) + 1);
    return [...counts].map(([verdict, count]) => `${verdict} ${count}`).join(", ") || "none";
  };
  console.log(`${shared.length} repositories; findings ${before.length} -> ${after.length}; gone: ${tally(gone)}; appeared: ${tally(added)}`);
  for (const finding of gone) console.log(`- ${line(finding)}`);
  for (const finding of added) console.log(`+ ${line(finding)}`);
}
