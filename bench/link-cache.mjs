// How much a cached `harden check --cache` re-analyses after an edit, with file summaries fingerprinted whole
// (an earlier build, `--baseline-cli`) or by their cross-file links only (this build): a local detail added to the file
// most others import (an unexported helper that calls an upstream), then a link (a new export). Counts the files whose
// cached findings were written again and the wall time of each run. Works on a copy of the checkout, never the checkout.
//   node bench/link-cache.mjs <checkout> [--baseline-cli path/to/old/dist/cli.js] [--file relative/path.ts]
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { "baseline-cli": { type: "string" }, file: { type: "string" } } });
const checkout = path.resolve(positionals[0] ?? ".");
const currentCli = path.resolve(import.meta.dirname, "../dist/cli.js");
const builds = [...(values["baseline-cli"] ? [["baseline (whole summary)", path.resolve(values["baseline-cli"])]] : []), ["links only", currentCli]];

const sourcePattern = /\.(ts|tsx|js|mjs|cjs)$/;
const skippedFolders = new Set(["node_modules", ".git", "dist", "build", "coverage"]);
function sourceFilesUnder(directory) {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return skippedFolders.has(entry.name) ? [] : sourceFilesUnder(path.join(directory, entry.name));
    return entry.isFile() && sourcePattern.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path.join(directory, entry.name)] : [];
  });
}

/** The file named by the most import specifiers of other files (by its path without extension, or its folder for an index file). */
function mostImportedFile(root) {
  const files = sourceFilesUnder(root).filter((file) => !/\.(test|spec)\./.test(file));
  const counts = new Map();
  const specifier = /\bfrom\s+["']([^"']+)["']/g;
  for (const file of files) for (const match of fs.readFileSync(file, "utf8").matchAll(specifier)) {
    const tail = match[1].split("/").pop();
    counts.set(tail, (counts.get(tail) ?? 0) + 1);
  }
  const nameOf = (file) => (path.basename(file).startsWith("index.") ? path.basename(path.dirname(file)) : path.basename(file).replace(sourcePattern, ""));
  return files.sort((a, b) => (counts.get(nameOf(b)) ?? 0) - (counts.get(nameOf(a)) ?? 0) || a.localeCompare(b))[0];
}

function cacheEntries(cacheDirectory) {
  const [cacheFile] = fs.existsSync(cacheDirectory) ? fs.readdirSync(cacheDirectory).filter((name) => name.endsWith(".json")) : [];
  if (!cacheFile) return new Map();
  const text = fs.readFileSync(path.join(cacheDirectory, cacheFile), "utf8");
  const contents = JSON.parse(text.slice(text.indexOf("\n") + 1));
  return new Map(Object.entries(contents.files).map(([file, entry]) => [file, `${entry.contentHash} ${entry.findingsKey}`]));
}

function check(cli, directory, cacheDirectory) {
  const before = cacheEntries(cacheDirectory);
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [cli, "check", ".", "--format", "json", "--cache", "--cache-location", cacheDirectory], { cwd: directory, encoding: "utf8", maxBuffer: 1 << 28 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0 && run.status !== 1) throw new Error(`harden exited ${run.status}: ${run.stderr.split("\n")[0]}`);
  const after = cacheEntries(cacheDirectory);
  const rewritten = [...after].filter(([file, key]) => before.get(file) !== key).length;
  const findings = JSON.parse(run.stdout).files.reduce((sum, file) => sum + file.findings.length, 0);
  return { wallMs: Math.round(wallMs), rewritten, files: after.size, findings };
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "harden-link-cache-"));
try {
  const rows = [];
  for (const [label, cli] of builds) {
    const directory = path.join(work, "project");
    fs.rmSync(directory, { recursive: true, force: true });
    fs.cpSync(checkout, directory, { recursive: true, filter: (source) => !source.includes(`${path.sep}node_modules`) && !source.includes(`${path.sep}.git`) });
    const cacheDirectory = path.join(work, `cache-${rows.length}`);
    const edited = values.file ? path.join(directory, values.file) : mostImportedFile(directory);
    const original = fs.readFileSync(edited, "utf8");
    const measure = (step) => rows.push({ build: label, step, ...check(cli, directory, cacheDirectory) });
    measure("cold");
    measure("unchanged");
    fs.writeFileSync(edited, `${original}\nfunction benchLocalDetail() {\n  void fetch("https://bench.invalid/");\n}\n`);
    measure("local edit");
    fs.writeFileSync(edited, `${original}\nexport const benchLink = 1;\n`);
    measure("link edit");
    rows.at(-1).edited = path.relative(directory, edited);
  }
  console.log(`| build | step | files re-analysed / files | wall ms | findings |\n|---|---|---|---|---|`);
  for (const row of rows) console.log(`| ${row.build} | ${row.step} | ${row.rewritten} / ${row.files} | ${row.wallMs} | ${row.findings} |`);
  console.log(`edited: ${rows.at(-1).edited}`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
