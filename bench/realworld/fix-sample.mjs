// Draws a fixed-seed sample of the fixes `bench/fix-bench.mjs` applied, for judging by hand (issue 12).
// Reads the per-target diffs it wrote ($FIX_BENCH_DIFFS folders), splits them into hunks, names each hunk's rule by
// the baseline finding (--findings, a score-groups.mjs output) whose line the hunk covers, else by what the hunk adds,
// skips hunks that only add imports, and keeps up to --per hunks per rule per target, drawn with a seeded shuffle so the sample can be drawn again.
//
//   node bench/realworld/fix-sample.mjs --findings /tmp/s31-base.json --diffs dir1,dir2 [--targets a,b] [--per 8] [--seed 12] [--json]
import * as fs from "node:fs";
import * as path from "node:path";
import { hunksOf } from "./lib.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const findings = JSON.parse(fs.readFileSync(option("findings"), "utf8")).findings;
const folders = option("diffs", "/tmp/harden-fix-bench-diffs").split(",");
const chosenTargets = option("targets")?.split(",");
const perRule = Number(option("per", "8"));
let seed = Number(option("seed", "12"));

/** mulberry32: a small seeded generator, so the same seed draws the same sample. */
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** What a hunk adds names the rule when no finding sits in it (created files, imports, config at the top). */
const byContent = [
  [/AbortSignal\.timeout|timeout\w*:\s*\d/i, "missing-timeout"],
  [/\bz\b.*(from|require\().*zod|"zod":|parsed\.data/, "missing-input-validation"],
  // A request schema declared above its handler (`const createNoteBody = z.object(…)`), before the env module's fields.
  [/(Body|Query|Params)\w* = (z|v|Joi|yup)\.|class-validator|z\.object|Dto\b/, "missing-input-validation"],
  [/import \{ env \}|\.parse\(process\.env\)|z\.string\(\)/, "unvalidated-env"],
  [/bearer|verifyAccessToken|401/i, "missing-auth"],
  [/httpOnly|sameSite|secure:/i, "insecure-cookie"],
  [/helmet/, "missing-security-headers"],
  [/SIGTERM/, "missing-graceful-shutdown"],
  [/correlation|errorId|randomUUID\(\)[^]*(message|error)/i, "error-detail-leak"],
  [/randomUUID/, "timestamp-id"],
  [/origin/i, "permissive-cors"],
  [/limit/i, "unbounded-body-size"],
  [/process\.env|^\+\w+=/m, "unvalidated-env"],
];

function ruleOf(repoFindings, hunk) {
  const from = hunk.oldStart - 1;
  const to = hunk.oldStart + hunk.oldLength;
  const inside = repoFindings.filter((f) => f.file === hunk.file && f.line >= from && f.line <= to);
  if (inside.length > 0) return inside[0].rule;
  const added = hunk.lines.filter((line) => line.startsWith("+")).join("\n");
  return byContent.find(([pattern]) => pattern.test(added))?.[1] ?? "unknown";
}

/** A hunk that only adds imports carries no decision of its own: the hunk that uses them is judged. */
function onlyImports(hunk) {
  const changed = hunk.lines.filter((line) => /^[-+]/.test(line) && line.slice(1).trim() !== "");
  return changed.every((line) => /^\+\s*(import\b|const \{[^}]*\} = require\(|const \w+ = require\()/.test(line));
}

const sample = [];
for (const folder of folders) {
  for (const name of fs.readdirSync(folder).sort()) {
    const target = name.replace(/\.diff$/, "");
    if (target.startsWith("workspace_") || (chosenTargets && !chosenTargets.includes(target))) continue;
    const repoFindings = findings[target] ?? [];
    const byRule = new Map();
    for (const hunk of hunksOf(fs.readFileSync(path.join(folder, name), "utf8"))) {
      if (onlyImports(hunk)) continue;
      const rule = ruleOf(repoFindings, hunk);
      byRule.set(rule, [...(byRule.get(rule) ?? []), hunk]);
    }
    for (const [rule, hunks] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
      // Fisher–Yates with the seeded generator, then the first `perRule` in file order.
      for (let i = hunks.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [hunks[i], hunks[j]] = [hunks[j], hunks[i]];
      }
      const drawn = hunks.slice(0, perRule).sort((a, b) => a.file.localeCompare(b.file) || a.oldStart - b.oldStart);
      for (const hunk of drawn) sample.push({ repo: target, rule, file: hunk.file, line: hunk.oldStart, of: hunks.length, lines: hunk.lines });
    }
  }
}

if (args.includes("--json")) process.stdout.write(JSON.stringify(sample, null, 2) + "\n");
else {
  for (const item of sample) {
    process.stdout.write(`\n### ${item.repo} ${item.rule} ${item.file}:${item.line} (1 of ${item.of} drawn)\n${item.lines.join("\n")}\n`);
  }
}
