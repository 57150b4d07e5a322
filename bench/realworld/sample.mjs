// Picks findings to triage: up to --per-rule findings of each rule in each repository, by a seeded shuffle, skipping
// those that already have a verdict. Prints one JSON line per finding to judge (add verdict and why, then append it to
// verdicts/<repo>.jsonl). Usage: node bench/realworld/sample.mjs [--seed 11] [--per-rule 10] [--repo name]
import { findingsOf, keyOf, readVerdicts, repos, shuffled } from "./lib.mjs";

const args = process.argv.slice(2);
const valueOf = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const seed = Number(valueOf("--seed", "11"));
const perRule = Number(valueOf("--per-rule", "10"));
const only = valueOf("--repo", undefined);
const verdicts = readVerdicts();

for (const repo of repos.filter((candidate) => only === undefined || candidate.name === only)) {
  const byRule = new Map();
  for (const finding of findingsOf(repo)) byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
  for (const [rule, findings] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
    const judged = findings.filter((finding) => verdicts.has(keyOf(finding))).length;
    const fresh = findings.filter((finding) => !verdicts.has(keyOf(finding)));
    for (const finding of shuffled(fresh, seed).slice(0, Math.max(0, perRule - judged))) {
      console.log(JSON.stringify({ repo: repo.name, commit: repo.commit, rule, file: finding.file, line: finding.line, column: finding.column, message: finding.message }));
    }
  }
}
