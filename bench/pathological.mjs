// Pathological inputs that once made `harden check` polynomial, measured by CPU time (all threads) so other load on
// the machine disturbs them little: one file of 5,000 / 10,000 / 20,000 routes (each route's fix used to walk the
// whole file: 158 s for 20,000), and a deep tree checked with and without an `ignore` glob of twelve `**/*` segments
// (matched by a backtracking regular expression: 6 s -> 71 s). Prints a table and exits 1 when a target is missed.
// Usage: node bench/pathological.mjs (after `npm run build`)
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const repository = path.dirname(import.meta.dirname);
const cliPath = path.join(repository, "dist/cli.js");
const rusageHook = path.join(import.meta.dirname, "rusage-report.cjs");
/**
 * The CPU each route adds from 10,000 to 20,000 over what it adds from 5,000 to 10,000 (start-up cancels out):
 * 1 is linear, 2 quadratic.
 */
const maxRouteScaling = 1.6;
/** CPU with the twelve-segment ignore glob over CPU without it. */
const maxGlobSlowdown = 1.5;

function check(directory, extraArgs = []) {
  const usageFile = path.join(os.tmpdir(), `harden-pathological-${process.pid}-${Date.now()}.json`);
  const result = spawnSync(process.execPath, ["--require", rusageHook, cliPath, "check", ".", "--format", "json", "--concurrency", "1", ...extraArgs], {
    cwd: directory,
    env: { ...process.env, HARDEN_BENCH_RUSAGE: usageFile },
    encoding: "utf8",
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`harden exited ${result.status}: ${result.stderr.split("\n")[0]}`);
  const usage = JSON.parse(fs.readFileSync(usageFile, "utf8"));
  fs.rmSync(usageFile, { force: true });
  return { ...usage, files: JSON.parse(result.stdout).files.length };
}

function project(files) {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "harden-pathological-"));
  fs.writeFileSync(path.join(directory, "package.json"), "{}\n");
  for (const [relative, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(directory, relative)), { recursive: true });
    fs.writeFileSync(path.join(directory, relative), text);
  }
  return directory;
}

function routesFile(count) {
  const routes = Array.from({ length: count }, (_, index) => `app.post("/r${index}", (req, res) => { res.json({ ok: req.body.x }); });`);
  return `import express from "express";\nconst app = express();\n${routes.join("\n")}\nexport default app;\n`;
}

/** 30 folders deep, a few files at every level. */
function deepTree() {
  const files = {};
  let folder = "src";
  for (let depth = 0; depth < 30; depth++) {
    folder = `${folder}/level${depth}`;
    for (let index = 0; index < 20; index++) files[`${folder}/file${index}.ts`] = `export const value${index} = ${index};\n`;
  }
  return files;
}

const directories = [];
const rows = [];
let failed = false;

const cpuByRoutes = new Map();
for (const count of [5_000, 10_000, 20_000]) {
  const directory = project({ "src/app.ts": routesFile(count) });
  directories.push(directory);
  const { cpuSeconds, peakRssMb } = check(directory);
  cpuByRoutes.set(count, cpuSeconds);
  rows.push([`${count} routes in one file`, cpuSeconds.toFixed(2), peakRssMb.toFixed(0)]);
}
const marginal = (from, to) => (cpuByRoutes.get(to) - cpuByRoutes.get(from)) / (to - from);
const routeScaling = marginal(10_000, 20_000) / marginal(5_000, 10_000);
rows.push(["  CPU per added route, 10k-20k / 5k-10k", routeScaling.toFixed(2), `target <= ${maxRouteScaling}`]);
failed ||= routeScaling > maxRouteScaling;

const tree = project(deepTree());
directories.push(tree);
const plain = check(tree);
fs.writeFileSync(path.join(tree, "harden.config.json"), JSON.stringify({ ignore: [`${Array(12).fill("**/*").join("/")}/never.ts`] }));
const globbed = check(tree);
const globSlowdown = globbed.cpuSeconds / plain.cpuSeconds;
rows.push([`deep tree (${plain.files} files)`, plain.cpuSeconds.toFixed(2), plain.peakRssMb.toFixed(0)]);
rows.push(["deep tree, ignore of twelve **/*", globbed.cpuSeconds.toFixed(2), globbed.peakRssMb.toFixed(0)]);
rows.push(["  CPU with the glob / without", globSlowdown.toFixed(2), `target <= ${maxGlobSlowdown}`]);
failed ||= globSlowdown > maxGlobSlowdown;

for (const directory of directories) fs.rmSync(directory, { recursive: true, force: true });
console.log(`load average at the end: ${os.loadavg().map((load) => load.toFixed(1)).join(" ")}`);
console.log("| case | CPU s | peak RSS MB |\n|---|---|---|");
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
process.exitCode = failed ? 1 : 0;
