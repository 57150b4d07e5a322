// Speed on real backends: on a copy of each checkout of the real-world set (bench/realworld, never the checkout
// itself), one interleaved series of the single-thread syntactic floor (floor.mjs) and `harden check` cold (empty
// caches), warm `--cache` with nothing changed, and warm after a line is added to 1% of the files; each phase of each
// build or variant runs once a round, rounds alternate, and the table holds medians of CPU (user + sys of all
// threads), wall and peak RSS with their ratios to the floor's. CPU is the number to trust on a loaded machine.
// Also checks that every run of every variant reported exactly the same findings.
//   node bench/realworld-speed.mjs [--repos hoppscotch,outline,langfuse] [--rounds 3]
//     [--variant label=path/to/cli.js[:--concurrency 1]]... (default: this build's dist/cli.js)
// Writes bench/results/realworld-speed-<time>.json and bench/results/realworld-speed-latest.md.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { checkoutOf, repos } from "./realworld/lib.mjs";
import { measure } from "./measure.mjs";

const repository = path.dirname(import.meta.dirname);
const floorScript = path.join(import.meta.dirname, "floor.mjs");
const resultsDirectory = path.join(import.meta.dirname, "results");

const { values } = parseArgs({
  options: {
    repos: { type: "string", default: "hoppscotch,outline,langfuse" },
    rounds: { type: "string", default: "3" },
    variant: { type: "string", multiple: true },
  },
});
const rounds = Number(values.rounds);
/** `label=cli.js[:arg arg]`: a build to measure, with extra `harden check` arguments. */
const variants = (values.variant ?? [`current=${path.join(repository, "dist/cli.js")}`]).map((spec) => {
  const [label, rest] = [spec.slice(0, spec.indexOf("=")), spec.slice(spec.indexOf("=") + 1)];
  const [cli, extra = ""] = rest.split(":");
  return { label, cli: path.resolve(cli), args: extra.split(" ").filter(Boolean) };
});
const phases = ["cold", "warm", "1% edited"];


const skippedFolders = new Set(["node_modules", ".git", "dist", "build", ".next", "coverage"]);
function sourceFilesUnder(directory) {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return skippedFolders.has(entry.name) ? [] : sourceFilesUnder(path.join(directory, entry.name));
    return entry.isFile() && /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path.join(directory, entry.name)] : [];
  });
}

/** Findings and notices of a JSON report, paths relative to the copy, so runs and variants compare as strings. */
function findingsOf(reportPath, root) {
  const report = JSON.parse(fs.readFileSync(reportPath, "utf8"));
  const relative = (filePath) => path.relative(root, filePath);
  return JSON.stringify({
    files: report.files.map((file) => ({ file: relative(file.filePath), findings: file.findings })),
    notices: report.notices.map((notice) => ({ ...notice, filePath: relative(notice.filePath) })),
  });
}

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function benchmarkRepo(repo) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "harden-rw-speed-"));
  const root = path.join(work, repo.name);
  fs.cpSync(checkoutOf(repo), root, { recursive: true, filter: (source) => !/[\\/](\.git|node_modules)$/.test(source) });
  const files = sourceFilesUnder(root);
  const edited = files.filter((_file, index) => index % 100 === 0);
  const originals = edited.map((file) => fs.readFileSync(file, "utf8"));
  const samples = { floor: [] };
  const reports = new Set();
  try {
    for (let round = 0; round < rounds; round++) {
      process.stderr.write(`${repo.name} (${files.length} files) round ${round + 1}/${rounds}: floor`);
      samples.floor.push(await measure(floorScript, [root]));
      const caches = variants.map((variant, index) => {
        const directory = path.join(work, `caches-${round}-${index}`);
        return { cache: path.join(directory, "cache"), userCache: path.join(directory, "user") };
      });
      for (const phase of phases) {
        if (phase === "1% edited") edited.forEach((file, index) => fs.writeFileSync(file, `// edited for the benchmark\n${originals[index]}`));
        try {
          for (const [index, variant] of variants.entries()) {
            process.stderr.write(`, ${variant.label} ${phase}`);
            const report = path.join(work, "report.json");
            const cacheArgs = ["--cache", "--cache-location", caches[index].cache];
            const run = await measure(variant.cli, ["check", root, "--format", "json", "--output", report, ...cacheArgs, ...variant.args], { XDG_CACHE_HOME: caches[index].userCache });
            ((samples[variant.label] ??= {})[phase] ??= []).push(run);
            if (phase !== "1% edited") reports.add(findingsOf(report, root));
          }
        } finally {
          if (phase === "1% edited") edited.forEach((file, index) => fs.writeFileSync(file, originals[index]));
        }
      }
      process.stderr.write("\n");
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const summary = (runs) => ({ cpuSeconds: median(runs.map((run) => run.cpuSeconds)), wallSeconds: median(runs.map((run) => run.wallSeconds)), peakRssMb: median(runs.map((run) => run.peakRssMb)) });
  const floor = summary(samples.floor);
  const rows = variants.flatMap((variant) =>
    phases.map((phase) => {
      const measured = summary(samples[variant.label][phase]);
      return { variant: variant.label, phase, ...measured, cpuToFloor: measured.cpuSeconds / floor.cpuSeconds, wallToFloor: measured.wallSeconds / floor.wallSeconds, rssToFloor: measured.peakRssMb / floor.peakRssMb };
    }),
  );
  return { repo: repo.name, files: files.length, edited: edited.length, floor, rows, identicalFindings: reports.size === 1 };
}

function formatMarkdown(results) {
  const lines = [
    `# Harden on real backends`,
    ``,
    `${results.date} · ${results.machine} · node ${process.version} · load average at start ${results.loadAverageAtStart.map((value) => value.toFixed(1)).join(" ")} · medians of ${rounds} interleaved round(s)`,
    ``,
    `| repo | files | variant | phase | CPU s | wall s | peak RSS MB | CPU / floor | wall / floor | RSS / floor |`,
    `|---|---|---|---|---|---|---|---|---|---|`,
  ];
  for (const project of results.projects) {
    const { floor } = project;
    lines.push(`| ${project.repo} | ${project.files} | floor | parse + walk | ${floor.cpuSeconds.toFixed(2)} | ${floor.wallSeconds.toFixed(2)} | ${floor.peakRssMb.toFixed(0)} | 1.00× | 1.00× | 1.00× |`);
    for (const row of project.rows) {
      lines.push(`| ${project.repo} | ${project.files} | ${row.variant} | ${row.phase} | ${row.cpuSeconds.toFixed(2)} | ${row.wallSeconds.toFixed(2)} | ${row.peakRssMb.toFixed(0)} | ${row.cpuToFloor.toFixed(2)}× | ${row.wallToFloor.toFixed(2)}× | ${row.rssToFloor.toFixed(2)}× |`);
    }
  }
  lines.push(``, ...results.projects.map((project) => `- ${project.repo}: ${project.edited} files edited; findings of every cold and warm run of every variant ${project.identicalFindings ? "identical" : "DIFFER"}`));
  return lines.join("\n") + "\n";
}

const chosen = values.repos.split(",").map((name) => repos.find((repo) => repo.name === name) ?? (() => { throw new Error(`no repo named ${name} in bench/realworld/repos.json`); })());
const available = chosen.filter((repo) => {
  try {
    return Boolean(checkoutOf(repo));
  } catch (error) {
    process.stderr.write(`${repo.name}: skipped (${error.message.split("\n")[0]})\n`);
    return false;
  }
});
const results = {
  date: new Date().toISOString(),
  machine: `${os.availableParallelism()} × ${os.cpus()[0]?.model.trim() ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB`,
  loadAverageAtStart: os.loadavg(),
  variants,
  projects: [],
};
for (const repo of available) results.projects.push(await benchmarkRepo(repo));
const markdown = formatMarkdown(results);
fs.mkdirSync(resultsDirectory, { recursive: true });
fs.writeFileSync(path.join(resultsDirectory, `realworld-speed-${results.date.replace(/[:.]/g, "-")}.json`), JSON.stringify(results, null, 2));
fs.writeFileSync(path.join(resultsDirectory, "realworld-speed-latest.md"), markdown);
process.stdout.write(markdown);
if (results.projects.some((project) => !project.identicalFindings)) process.exitCode = 1;
