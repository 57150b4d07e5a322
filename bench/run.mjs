// The benchmark: for each project, the syntactic floor, then `harden check` cold (empty cache), warm (nothing
// changed) and after editing 1% of the files, each with wall, CPU, peak RSS, files/s and ratios to the floor measured
// in the same run; then the language server's numbers (bench/lsp-latency.mjs). Writes bench/results/<time>.json and
// bench/results/latest.md and prints the table. Needs `npm run build` first (`npm run bench` does it).
// Usage: node bench/run.mjs [dir...] [--quick] [--sizes 500,2000,8000] [--no-lsp]
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateProject } from "./generate.mjs";
import { measure } from "./measure.mjs";

const repository = path.dirname(import.meta.dirname);
const cliPath = path.join(repository, "dist/cli.js");
const resultsDirectory = path.join(import.meta.dirname, "results");

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const valueOf = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const quick = flag("--quick");
const sizes = (valueOf("--sizes") ?? (quick ? "300" : "500,2000,8000")).split(",").map(Number);
const directories = args.filter((arg, index) => !arg.startsWith("--") && args[index - 1] !== "--sizes");

const targets = { cold: 1.3, coldRss: 2, warm: 0.1, touched: 0.2, scaling: 1.2 };


function listSources(directory, found = []) {
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory() && !["node_modules", "dist", "build", ".next", "coverage", ".git"].includes(entry.name)) listSources(full, found);
    else if (entry.isFile() && /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) found.push(full);
  }
  return found;
}

/** Findings per rule from a JSON report, to check that cold, warm and touched runs agree. */
function findingCount(reportPath) {
  const report = JSON.parse(fs.readFileSync(reportPath, "utf8"));
  return report.files.reduce((sum, file) => sum + file.findings.length, 0);
}

async function benchmarkProject(label, directory) {
  const files = listSources(directory);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "harden-bench-run-"));
  const cacheDirectory = path.join(work, "cache");
  const report = (name) => path.join(work, `${name}.json`);
  // A per-user cache of its own (compiled engine code, cache key), so the cold run is cold.
  const check = (name) =>
    measure(cliPath, ["check", directory, "--format", "json", "--output", report(name), "--cache", "--cache-location", cacheDirectory], { XDG_CACHE_HOME: path.join(work, "user-cache") });
  process.stderr.write(`${label}: ${files.length} files: floor`);
  const floor = await measure(path.join(import.meta.dirname, "floor.mjs"), [directory]);
  process.stderr.write(", cold");
  const cold = await check("cold");
  process.stderr.write(", warm");
  const warm = await check("warm");
  // A realistic edit: a line added at the top of 1% of the files, which moves every span below it.
  const touched = files.filter((_file, index) => index % 100 === 0);
  const originals = touched.map((file) => fs.readFileSync(file, "utf8"));
  touched.forEach((file, index) => fs.writeFileSync(file, `// edited for the benchmark\n${originals[index]}`));
  process.stderr.write(`, ${touched.length} touched\n`);
  let edited;
  try {
    edited = await check("touched");
  } finally {
    touched.forEach((file, index) => fs.writeFileSync(file, originals[index]));
  }
  const findings = { cold: findingCount(report("cold")), warm: findingCount(report("warm")), touched: findingCount(report("touched")) };
  fs.rmSync(work, { recursive: true, force: true });
  const phase = (name, run) => ({
    phase: name,
    wallSeconds: run.wallSeconds,
    cpuSeconds: run.cpuSeconds,
    peakRssMb: run.peakRssMb,
    filesPerSecond: files.length / run.wallSeconds,
    wallToFloor: run.wallSeconds / floor.wallSeconds,
    cpuToFloor: run.cpuSeconds / floor.cpuSeconds,
    rssToFloor: run.peakRssMb / floor.peakRssMb,
  });
  return { label, directory, files: files.length, findings, phases: [phase("floor", floor), phase("cold", cold), phase("warm", warm), phase("1% touched", edited)] };
}

async function languageServerNumbers() {
  const script = path.join(import.meta.dirname, "lsp-latency.mjs");
  if (!fs.existsSync(script) || flag("--no-lsp")) return undefined;
  process.stderr.write("language server: lsp-latency.mjs\n");
  try {
    const run = await measure(script, quick ? ["--files", "300", "--edits", "40"] : []);
    return run.stdout.trim().split("\n");
  } catch (error) {
    return [`lsp-latency.mjs failed: ${error.message}`];
  }
}

const verdict = (value, limit) => (value <= limit ? `${value.toFixed(2)}× ✓` : `${value.toFixed(2)}× ✗ (target ≤ ${limit}×)`);

function formatMarkdown(results) {
  const load = results.loadAverageAtStart.map((value) => value.toFixed(1)).join(" ");
  const lines = [`# Harden benchmark`, ``, `${results.date} · ${results.machine} · node ${process.version} · harden ${results.version} · load average at start ${load}`, ``];
  lines.push(`| project | files | phase | wall s | CPU s | peak RSS MB | files/s | wall / floor | CPU / floor | RSS / floor |`, `|---|---|---|---|---|---|---|---|---|---|`);
  for (const project of results.projects) {
    for (const phase of project.phases) {
      const target = { cold: targets.cold, warm: targets.warm, "1% touched": targets.touched }[phase.phase];
      // Targets are judged on CPU time, which other load on the machine disturbs far less than wall time.
      const ratio = phase.phase === "floor" ? "1.00×" : target ? verdict(phase.cpuToFloor, target) : `${phase.cpuToFloor.toFixed(2)}×`;
      const rss = phase.phase === "cold" ? verdict(phase.rssToFloor, targets.coldRss) : `${phase.rssToFloor.toFixed(2)}×`;
      lines.push(`| ${project.label} | ${project.files} | ${phase.phase} | ${phase.wallSeconds.toFixed(2)} | ${phase.cpuSeconds.toFixed(2)} | ${phase.peakRssMb.toFixed(0)} | ${phase.filesPerSecond.toFixed(0)} | ${phase.wallToFloor.toFixed(2)}× | ${ratio} | ${rss} |`);
    }
  }
  lines.push(``);
  for (const project of results.projects) {
    const { cold, warm, touched } = project.findings;
    lines.push(`- ${project.label}: findings cold ${cold}, warm ${warm}, 1% touched ${touched}${cold === warm && warm === touched ? " (identical)" : " — MISMATCH"}`);
  }
  const generated = results.projects.filter((project) => project.generated);
  if (generated.length >= 2) {
    const perFile = (project) => project.phases.find((phase) => phase.phase === "cold").cpuSeconds / project.files;
    const smallest = generated[0];
    const largest = generated.at(-1);
    lines.push(`- scaling: cold CPU per file at ${largest.files} files / at ${smallest.files} files: ${verdict(perFile(largest) / perFile(smallest), targets.scaling)}`);
  }
  if (results.languageServer) lines.push(``, `Language server (bench/lsp-latency.mjs):`, ``, ...results.languageServer.map((line) => `    ${line}`));
  return lines.join("\n") + "\n";
}

const projects = [];
for (const directory of directories) projects.push(await benchmarkProject(path.basename(path.resolve(directory)), path.resolve(directory)));
if (directories.length === 0) {
  for (const size of sizes) {
    const directory = path.join(os.tmpdir(), "harden-bench", `generated-${size}`);
    generateProject(directory, size, 1);
    projects.push({ ...(await benchmarkProject(`generated-${size}`, directory)), generated: true });
  }
}
const results = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB`,
  version: JSON.parse(fs.readFileSync(path.join(repository, "package.json"), "utf8")).version,
  loadAverageAtStart: os.loadavg(),
  projects,
  languageServer: await languageServerNumbers(),
};
const markdown = formatMarkdown(results);
fs.mkdirSync(resultsDirectory, { recursive: true });
fs.writeFileSync(path.join(resultsDirectory, `${results.date.replace(/[:.]/g, "-")}.json`), JSON.stringify(results, null, 2));
fs.writeFileSync(path.join(resultsDirectory, "latest.md"), markdown);
process.stdout.write(markdown);
