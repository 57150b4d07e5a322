// Precision and recall per group of repositories from one `harden check` per checkout: the tuned set, and each batch
// of fresh holdouts (repos.json `fresh`), or groups given as `--group name=a,b`. Saves every finding to OUT.json so two
// builds can be compared finding by finding.
// Usage: node bench/realworld/score-groups.mjs OUT.json [--group name=a,b ...] [--from SAVED.json]
//   (HARDEN_CLI scores another build; --from re-scores the findings an earlier run saved, against today's verdicts)
import * as fs from "node:fs";
import { findingsOf, keyOf, readVerdicts, repos } from "./lib.mjs";
const args = process.argv.slice(3);
const given = args.flatMap((arg, index) => (args[index - 1] === "--group" ? [arg.split("=")] : []));
const byTag = new Map();
for (const repo of repos) {
  const tag = repo.fresh ? `fresh ${repo.fresh}` : "tuned set";
  byTag.set(tag, [...(byTag.get(tag) ?? []), repo.name]);
}
const groups = Object.fromEntries(given.length ? given : [...byTag].map(([tag, names]) => [tag, names.join(",")]));
const saved = args.includes("--from") ? JSON.parse(fs.readFileSync(args[args.indexOf("--from") + 1], "utf8")).findings : undefined;
const verdicts = readVerdicts();
const findings = {};
const wanted = new Set(Object.values(groups).flatMap((list) => list.split(",")));
for (const repo of repos.filter((candidate) => wanted.has(candidate.name))) {
  if (saved && !saved[repo.name]) throw new Error(`${repo.name}: not in the saved findings`);
  findings[repo.name] = saved ? saved[repo.name] : findingsOf(repo);
}
const out = {};
for (const [group, list] of Object.entries(groups)) {
  const names = list.split(",");
  const rows = {};
  const add = (rule, f) => {
    const row = (rows[rule] ??= { findings: 0, TP: 0, FP: 0, debatable: 0, unjudged: 0 });
    row.findings++;
    const v = verdicts.get(keyOf(f));
    if (v) row[v.verdict]++;
    else row.unjudged++;
  };
  const reported = new Set();
  for (const name of names) {
    for (const f of findings[name]) {
      add(f.rule, f);
      add("all", f);
      reported.add(keyOf(f));
    }
  }
  const tps = [...verdicts.values()].filter((v) => names.includes(v.repo) && v.verdict === "TP");
  for (const [rule, row] of Object.entries(rows)) {
    const mine = tps.filter((v) => rule === "all" || v.rule === rule);
    row.recall = `${mine.filter((v) => reported.has(keyOf(v))).length}/${mine.length}`;
    row.precision = row.TP + row.FP ? Math.round((100 * row.TP) / (row.TP + row.FP)) + "%" : "—";
  }
  // A rule whose triaged TPs are no longer reported at all still gets a row.
  for (const v of tps) if (!rows[v.rule]) rows[v.rule] = { findings: 0, TP: 0, FP: 0, debatable: 0, unjudged: 0, precision: "—", recall: `0/${tps.filter((t) => t.rule === v.rule).length}` };
  out[group] = rows;
  console.log(`\n## ${group}`);
  for (const [rule, r] of Object.entries(rows).sort((a, b) => (a[0] === "all") - (b[0] === "all") || b[1].findings - a[1].findings))
    console.log(`${rule.padEnd(26)} ${String(r.findings).padStart(4)}  ${r.TP}/${r.FP}/${r.debatable} unj ${r.unjudged}  ${r.precision}  recall ${r.recall}`);
}
fs.writeFileSync(process.argv[2], JSON.stringify({ out, findings }, null, 1));
