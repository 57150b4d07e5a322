// How much of a reviewer's route table `harden routes` draws. routes-sample.jsonl holds, per sampled server file, the
// routes a reviewer found by reading it (method, full path after every mount and prefix, "" when it is built at run
// time, line of the registration or handler decorator) and the framework; this runs `dist/cli.js routes . --format
// json` on each checkout and scores:
//   recall    = reviewer routes Harden lists / reviewer routes; a listed route matches when it is in the same file with
//               the same method and has the reviewer's path, or the path without some mount prefix, or the same line
//   precision = Harden's routes in the sampled files that match a reviewer route / Harden's routes in those files
// and of the matched routes, how many carry the full path and the right framework. Prints every miss and extra entry.
// Usage: node bench/realworld/routes-score.mjs [--repo a,b] [--json]
//        node bench/realworld/routes-score.mjs --draw --repo a,b [--seed 16] [--per-repo 6]
//   --draw prints a seeded sample of candidate files (tracked server sources that contain a route-registration idiom
//   of any modelled framework; tests, tooling and browser code left out) as lines to fill in by reading each file.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { checkoutOf, cliPath, repos, shuffled } from "./lib.mjs";

const samplePath = path.join(import.meta.dirname, "routes-sample.jsonl");
const args = process.argv.slice(2);
const valueOf = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const only = valueOf("--repo", undefined)?.split(",");

/** A superset of how the modelled frameworks declare routes; deliberately broader than the model, so the sample is not drawn from what Harden already finds. */
const routeIdiom =
  /\.(get|post|put|patch|delete|del|all|head|options|route|use)\s*\(\s*['"`](\/|\$\{)|@(Get|Post|Put|Patch|Delete|All|Head|Options)\s*\(|export\s+(async\s+)?(function|const)\s+(GET|POST|PUT|PATCH|DELETE|HEAD)\b|createRoute\s*\(|\bDeno\.serve\s*\(|export\s+default\s+\{\s*(async\s+)?fetch\b/;
const excluded = /(^|\/)(test|tests|__tests__|e2e|integration-tests?|fixtures?|mocks?|scripts|examples?|docs?|migrations?|seeds?|node_modules|dist|build|public)\//i;
const excludedName = /\.(test|spec|d|stories|config)\.[cm]?[jt]sx?$|\.tsx$|\.jsx$/;

function draw(seed, perRepo) {
  for (const repo of repos.filter((candidate) => only.includes(candidate.name))) {
    const cwd = checkoutOf(repo);
    const candidates = sourceFilesUnder(cwd).filter((file) => /\.[cm]?[jt]s$/.test(file) && !excluded.test(file) && !excludedName.test(file) && isServerSource(cwd, file));
    for (const file of shuffled(candidates, seed).slice(0, perRepo)) {
      console.log(JSON.stringify({ repo: repo.name, commit: repo.commit, file, routes: null }));
    }
  }
}

/** Relative paths of every file under `root`, in a stable order; dependency and hidden folders left out. */
function sourceFilesUnder(root) {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter((file) => !/(^|\/)(node_modules|\.[^/]+)\//.test(file))
    .sort();
}

/** A route idiom in code that is not the browser's (a client component, or a module built on a UI library). */
function isServerSource(cwd, file) {
  const text = fs.readFileSync(path.join(cwd, file), "utf8");
  return routeIdiom.test(text) && !/["']use client["']/.test(text) && !/from\s+["'](react|react-dom|mobx|vue|svelte|@angular\/[a-z]+)["']/.test(text);
}

function readSample() {
  return fs
    .readFileSync(samplePath, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, index) => {
      const entry = JSON.parse(line);
      if (!Array.isArray(entry.routes)) throw new Error(`routes-sample.jsonl:${index + 1}: routes must be a list (fill in the drawn file)`);
      return entry;
    });
}

function routesOf(repo) {
  const cwd = checkoutOf(repo);
  const run = spawnSync(process.execPath, [cliPath, "routes", ".", "--format", "json"], { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`${repo.name}: harden routes exited ${run.status}: ${run.stderr.split("\n")[0]}`);
  return JSON.parse(run.stdout).routes;
}

function score() {
  const sample = readSample().filter((entry) => !only || only.includes(entry.repo));
  const rows = [];
  const misses = [];
  const extras = [];
  for (const repo of repos.filter((candidate) => sample.some((entry) => entry.repo === candidate.name))) {
    const entries = sample.filter((entry) => entry.repo === repo.name);
    if (entries.some((entry) => entry.commit !== repo.commit)) throw new Error(`${repo.name}: the sample is for another commit than repos.json pins`);
    const listed = routesOf(repo);
    const counts = { repo: repo.name, files: entries.length, reviewer: 0, found: 0, fullPath: 0, framework: 0, harden: 0, extra: 0 };
    for (const entry of entries) {
      const harden = listed.filter((route) => route.file === entry.file);
      const unmatched = new Set(harden);
      for (const expected of entry.routes) {
        counts.reviewer++;
        const candidates = [...unmatched].filter((route) => route.method === expected.method);
        // Two routes whose paths are built at run time ("") are told apart by their line.
        const match =
          candidates.find((route) => route.path === expected.path && route.line === expected.line) ??
          candidates.find((route) => route.path === expected.path && expected.path !== "") ??
          candidates.find((route) => route.path !== "" && route.path !== "/" && expected.path.endsWith(route.path)) ??
          candidates.find((route) => route.line === expected.line);
        if (!match) {
          misses.push(`${repo.name} ${entry.file}:${expected.line} ${expected.method} ${expected.path}`);
          continue;
        }
        unmatched.delete(match);
        counts.found++;
        if (match.framework === entry.framework) counts.framework++;
        else misses.push(`${repo.name} ${entry.file}:${expected.line} ${expected.method} ${expected.path} (listed as ${match.framework}, not ${entry.framework})`);
        if (match.path === expected.path) counts.fullPath++;
        else misses.push(`${repo.name} ${entry.file}:${expected.line} ${expected.method} ${expected.path} (listed as ${match.path || "(dynamic)"})`);
      }
      counts.harden += harden.length;
      counts.extra += unmatched.size;
      for (const route of unmatched) extras.push(`${repo.name} ${entry.file}:${route.line} ${route.method} ${route.path || "(dynamic)"}`);
    }
    rows.push(counts);
  }
  const total = { repo: "total" };
  for (const key of ["files", "reviewer", "found", "fullPath", "framework", "harden", "extra"]) total[key] = rows.reduce((sum, row) => sum + row[key], 0);
  if (args.includes("--json")) {
    console.log(JSON.stringify({ rows: [...rows, total], misses, extras }, null, 2));
    return;
  }
  const percent = (part, whole) => (whole === 0 ? "—" : `${Math.round((100 * part) / whole)}%`);
  console.log("| repo | files | reviewer routes | found | recall | full path right | framework right | harden routes | wrong entries | precision |");
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const row of [...rows, total]) {
    console.log(
      `| ${row.repo} | ${row.files} | ${row.reviewer} | ${row.found} | ${percent(row.found, row.reviewer)} | ${row.fullPath}/${row.found} | ${row.framework}/${row.found} | ${row.harden} | ${row.extra} | ${percent(row.harden - row.extra, row.harden)} |`,
    );
  }
  if (misses.length > 0) console.log(`\nMissed, or listed under another path or framework:\n${misses.map((line) => `  ${line}`).join("\n")}`);
  if (extras.length > 0) console.log(`\nListed but not a route the reviewer found:\n${extras.map((line) => `  ${line}`).join("\n")}`);
}

if (args.includes("--draw")) {
  if (!only) throw new Error("--draw needs --repo");
  draw(Number(valueOf("--seed", "16")), Number(valueOf("--per-repo", "6")));
} else {
  score();
}
