// Fix benchmark (issue 12): runs `harden check --fix --fix-type safe,scaffold` on a copy of every fixture workspace and
// of every real-world checkout (bench/realworld/repos.json), then type-checks each file the fixes changed or created,
// before and after, with TypeScript's classic checker and the standard compiler host (not Harden's verifier), under
// the file's closest tsconfig. Reports per target and per rule: fixes applied, fixes withheld, added type errors,
// files that no longer parse, and whether a second `--fix` changes anything.
//
//   node bench/fix-bench.mjs [--only name,name] [--json] [--baseline] [--merge]   (HARDEN_CLI=path/to/cli.js scores another build)
//
// `--merge` keeps the rows of targets not run this time from the last results file, so a set too slow for one sitting
// can be run a few targets at a time. The unified diff of each target's fixes and the full text of each withheld
// notice go to $FIX_BENCH_DIFFS/<target>.diff (default /tmp/harden-fix-bench-diffs), never into the project, for
// reading whether the fixes are right for the project (its validator, runtime, conventions).
//
// Checkouts have no node_modules (nothing is installed or run there); the validators a target declares resolve from
// this repository's copies, so a schema that does not fit the code is a type error as it would be after an install.
// What another missing type package causes is not counted: "Cannot find module" for a package some package.json of the target declares, and "Cannot find name …, do
// you need to install type definitions for node?". An import of a package no package.json declares counts. A target
// declaring @types/node is checked with this repository's copy of it, as its own install would provide.
// Writes bench/results/fix-bench-latest.{md,json}.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { checkoutOf, cliPath, repos } from "./realworld/lib.mjs";

const require = createRequire(import.meta.url);
const ts = require("@ts-morph/common/dist/typescript.js");
const repository = path.resolve(import.meta.dirname, "..");
// The lib files beside the CLI under test: a build of this repository replaces dist/typescript-lib while it runs.
const libFolder = path.join(path.dirname(cliPath), "typescript-lib");
const workspaces = path.join(repository, "test-fixtures/workspaces");
const sourceFile = /\.(tsx?|mts|cts|jsx?|mjs|cjs)$/;

const args = process.argv.slice(2);
/** `--baseline`: a build from before `--fix-type` (HARDEN_CLI=…), whose `--fix` applied safe and scaffold fixes. */
const fixFlags = args.includes("--baseline") ? ["--fix"] : ["--fix", "--fix-type", "safe,scaffold"];
const merge = args.includes("--merge");
const diffFolder = process.env.FIX_BENCH_DIFFS ?? path.join(os.tmpdir(), "harden-fix-bench-diffs");
const only = args.includes("--only") ? args[args.indexOf("--only") + 1].split(",") : undefined;

const targets = [
  ...fs.readdirSync(workspaces).sort().map((name) => ({ name: `workspace:${name}`, copy: (to) => copyWorkspace(name, to) })),
  ...repos.map((repo) => ({ name: repo.name, copy: (to) => copyCheckout(checkoutOf(repo), to) })),
].filter((target) => !only || only.includes(target.name) || only.includes(target.name.replace(/^workspace:/, "")));

/** A fixture workspace resolves packages (zod, @types/node) from this repository's node_modules, as in place. */
function copyWorkspace(name, to) {
  fs.cpSync(path.join(workspaces, name), to, { recursive: true });
  if (!fs.existsSync(path.join(to, "node_modules"))) fs.symlinkSync(path.join(repository, "node_modules"), path.join(to, "node_modules"), "dir");
}

/**
 * The checkout's work tree without its history (snapshots may lack large binary blobs, so no `git clone`), with this
 * repository's validators standing in for the ones the target declares (see installValidatorStandIns).
 */
function copyCheckout(checkout, to) {
  fs.cpSync(checkout, to, { recursive: true, verbatimSymlinks: true, filter: (source) => !/[\\/](\.git|node_modules)$/.test(source) });
  installValidatorStandIns(to);
}

/** The validator packages fixes import, which this repository has installed. */
const validators = ["zod", "valibot", "yup", "joi", "class-validator"];

/**
 * A checkout has no node_modules, so a validator's import is `any` and a schema that does not fit the handler's types
 * type-checks anyway: every validator the target declares resolves from this repository's copy (at the copy's root,
 * which every package of a monorepo resolves through), for Harden's fix verifier and for this benchmark's checks alike,
 * as the target's own install would. The version may differ from the target's (zod 4 for a zod 3 project).
 */
function installValidatorStandIns(root) {
  const declared = declaredPackages(root, listFiles(root));
  for (const name of validators.filter((candidate) => declared.has(candidate))) {
    fs.mkdirSync(path.join(root, "node_modules"), { recursive: true });
    fs.symlinkSync(path.join(repository, "node_modules", name), path.join(root, "node_modules", name), "dir");
  }
}

function harden(cwd, extra) {
  const run = spawnSync(process.execPath, [cliPath, "check", ".", "--format", "json", ...extra], { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`harden ${extra.join(" ")} in ${cwd} exited ${run.status}: ${run.stderr.slice(0, 400)}`);
  return { report: JSON.parse(run.stdout), stderr: run.stderr };
}

function listFiles(directory) {
  const files = new Map();
  const visit = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name === ".git") continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) files.set(path.relative(directory, full), fs.readFileSync(full, "utf8"));
    }
  };
  visit(directory);
  return files;
}

function countByRule(report) {
  const counts = new Map();
  for (const file of report.files) for (const finding of file.findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return counts;
}

/** The closest tsconfig.json from the file up to the root. */
function tsconfigOf(filePath, root) {
  for (let directory = path.dirname(filePath); directory.startsWith(root); directory = path.dirname(directory)) {
    const candidate = path.join(directory, "tsconfig.json");
    if (fs.existsSync(candidate)) return candidate;
    if (directory === root) break;
  }
  return undefined;
}

/** Parsed files by path and language version, kept while their text is the same. */
const parsedFiles = new Map();

/** Error diagnostics of each file in `files` (absolute paths) under the project at `root`, as "TS<code> <message>" lists. */
function typeErrors(root, files, declared) {
  const byConfig = new Map();
  for (const file of files.filter((candidate) => sourceFile.test(candidate) && fs.existsSync(candidate))) {
    const config = tsconfigOf(file, root) ?? "";
    byConfig.set(config, [...(byConfig.get(config) ?? []), file]);
  }
  const errors = new Map();
  for (const [configPath, configFiles] of byConfig) {
    let options = { allowJs: true, checkJs: false, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true };
    let declarations = [];
    if (configPath) {
      const parsed = ts.getParsedCommandLineOfConfigFile(configPath, undefined, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
      if (parsed) {
        options = parsed.options;
        declarations = parsed.fileNames.filter((name) => name.endsWith(".d.ts"));
      }
    }
    // The projects' own compilers (TypeScript 5) include every @types package and leave `strict` off unless asked.
    options = { ...options, types: options.types ?? ["*"], strict: options.strict ?? false, noEmit: true, incremental: false, composite: false };
    // A checkout has no node_modules: Node's own globals (`console`, `crypto` under a tsconfig without "dom") come from
    // this repository's @types/node when the target declares it, as they would from the target's own install.
    if (declared.has("@types/node")) options = { ...options, typeRoots: [path.join(repository, "node_modules/@types")], types: ["node"] };
    const host = ts.createCompilerHost(options);
    // The before and after programs share every file no fix changed: each is parsed once (the checks of big monorepos
    // spend most of their time parsing).
    const parse = host.getSourceFile;
    host.getSourceFile = (fileName, languageVersion, onError, fresh) => {
      const text = host.readFile(fileName);
      if (text === undefined) return undefined;
      const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
      const cached = parsedFiles.get(key);
      if (cached?.text === text) return cached;
      const parsed = parse(fileName, languageVersion, onError, fresh);
      if (parsed) parsedFiles.set(key, parsed);
      return parsed;
    };
    host.getDefaultLibLocation = () => libFolder;
    host.getDefaultLibFileName = (compilerOptions) => path.join(libFolder, ts.getDefaultLibFileName(compilerOptions));
    const program = ts.createProgram({ rootNames: [...configFiles, ...declarations], options, host });
    for (const file of configFiles) {
      const source = program.getSourceFile(file);
      if (!source) continue;
      const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].filter((d) => d.category === ts.DiagnosticCategory.Error);
      errors.set(
        file,
        diagnostics.map((d) => ({ key: `TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`, line: d.start === undefined ? 0 : source.getLineAndCharacterOfPosition(d.start).line + 1 })),
      );
    }
  }
  return errors;
}

const missingTypesCodes = new Set([2580, 2582, 2591, 2593]);

/** Every dependency name any package.json of the target declares. */
function declaredPackages(root, files) {
  const names = new Set();
  for (const [file, text] of files) {
    if (path.basename(file) !== "package.json") continue;
    try {
      const manifest = JSON.parse(text);
      for (const field of ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"]) for (const name of Object.keys(manifest[field] ?? {})) names.add(name);
    } catch {
      // An unreadable manifest declares nothing.
    }
  }
  return names;
}

function isMissingTypePackage(key, declared) {
  const code = Number(/^TS(\d+)/.exec(key)[1]);
  if (missingTypesCodes.has(code)) return true;
  // The same codes the fix verifier counts as an uninstalled package (server/host/fix-verifier.ts missingModuleCodes):
  // TS2354 names the helper module (`tslib`) that `importHelpers` needs, which an uninstalled checkout lacks.
  if (![2307, 2354, 2792, 7016].includes(code)) return false;
  const specifier = /'([^']+)'/.exec(key)?.[1] ?? "";
  if (specifier.startsWith(".")) return false;
  const name = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0];
  return /^(node|npm|jsr|https?):/.test(specifier) || declared.has(name) || declared.has(`@types/${name}`);
}

function addedErrors(before, after, declared) {
  const added = [];
  for (const [file, errors] of after) {
    const remaining = (before.get(file) ?? []).map((error) => error.key);
    for (const error of errors) {
      const index = remaining.indexOf(error.key);
      if (index >= 0) remaining.splice(index, 1);
      else if (!isMissingTypePackage(error.key, declared)) added.push({ file, ...error });
    }
  }
  return added;
}

/** The unified diff of a target's fixes and harden's notices, outside the project. */
function writeDiff(name, root, changed, before, after, stderr) {
  fs.mkdirSync(diffFolder, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "harden-fix-bench-diff-"));
  const parts = [stderr.split("\n").filter((line) => line.includes("withheld") || line.startsWith("harden:")).join("\n"), ""];
  try {
    for (const file of changed) {
      const old = path.join(scratch, "before");
      const updated = path.join(scratch, "after");
      fs.writeFileSync(old, before.get(file) ?? "");
      fs.writeFileSync(updated, after.get(file) ?? "");
      const diff = spawnSync("diff", ["-u", "--label", `a/${file}`, "--label", `b/${file}`, old, updated], { encoding: "utf8", maxBuffer: 1 << 26 });
      parts.push(diff.stdout);
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  fs.writeFileSync(path.join(diffFolder, `${name.replace(/[^\w.-]/g, "_")}.diff`), parts.join("\n"));
}

function parses(filePath, text) {
  return ts.createSourceFile(filePath, text, ts.ScriptTarget.Latest, true).parseDiagnostics.length === 0;
}

const results = [];
for (const target of targets) {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "harden-fix-bench-")));
  const started = performance.now();
  try {
    target.copy(root);
    const before = listFiles(root);
    const findingsBefore = countByRule(harden(root, []).report);
    const fix = harden(root, fixFlags);
    const after = listFiles(root);
    const changed = [...after.keys()].filter((file) => after.get(file) !== before.get(file));
    const findingsAfter = countByRule(fix.report);
    const withheld = new Map();
    const withheldReasons = [];
    for (const match of fix.stderr.matchAll(/: ([a-z-]+) at line \d+: fix "([^"]*)" withheld: would add (TS\d+)/g)) {
      withheld.set(match[1], (withheld.get(match[1]) ?? 0) + 1);
      withheldReasons.push(`${match[1]}: "${match[2]}" would add ${match[3]}`);
    }
    const applied = Number(/applied (\d+) fix/.exec(fix.stderr)?.[1] ?? 0);
    const absolute = changed.map((file) => path.join(root, file));
    // The "before" program sees the original texts: restore them in place, check, then put the fixed ones back.
    const declared = declaredPackages(root, after);
    const errorsAfter = typeErrors(root, absolute, declared);
    for (const file of changed) {
      if (before.has(file)) fs.writeFileSync(path.join(root, file), before.get(file));
      else fs.rmSync(path.join(root, file));
    }
    const errorsBefore = typeErrors(root, absolute.filter((file) => before.has(path.relative(root, file))), declared);
    for (const file of changed) fs.writeFileSync(path.join(root, file), after.get(file));
    const added = addedErrors(errorsBefore, errorsAfter, declared);
    const unparseable = changed.filter((file) => sourceFile.test(file) && !parses(file, after.get(file)));
    writeDiff(target.name, root, changed, before, after, fix.stderr);
    // A first --fix that changed nothing leaves the same input: a second one would only repeat it.
    const second = changed.length > 0 ? harden(root, fixFlags) : undefined;
    const secondApplied = second ? Number(/applied (\d+) fix/.exec(second.stderr)?.[1] ?? 0) : 0;
    const rules = [...new Set([...findingsBefore.keys(), ...findingsAfter.keys(), ...withheld.keys()])].sort().map((rule) => ({
      rule,
      before: findingsBefore.get(rule) ?? 0,
      after: findingsAfter.get(rule) ?? 0,
      withheld: withheld.get(rule) ?? 0,
    }));
    results.push({
      target: target.name,
      // Which build ran (rows kept by --merge may come from another): $FIX_BENCH_LABEL, else the CLI's path.
      build: process.env.FIX_BENCH_LABEL ?? cliPath,
      applied,
      filesChanged: changed.length,
      withheld: [...withheld.values()].reduce((sum, count) => sum + count, 0),
      withheldReasons,
      addedTypeErrors: added.map((error) => `${error.file.slice(root.length + 1)}:${error.line} ${error.key}`),
      unparseable,
      secondRunApplied: secondApplied,
      rules,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    });
    writeResults();
    console.error(`${target.name}: applied ${applied}, withheld ${results.at(-1).withheld}, added type errors ${added.length}, unparseable ${unparseable.length}, second run ${secondApplied} (${results.at(-1).seconds}s)`);
  } catch (error) {
    results.push({ target: target.name, error: String(error.message ?? error).split("\n")[0] });
    writeResults();
    console.error(`${target.name}: ${results.at(-1).error}`);
  } finally {
    parsedFiles.clear();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** Writes the results so far (with --merge, after the earlier rows of targets not run now). */
function writeResults() {
const outputName = args.includes("--baseline") ? "fix-bench-baseline" : "fix-bench-latest";
const jsonPath = path.join(import.meta.dirname, `results/${outputName}.json`);
const ran = new Set(results.map((r) => r.target));
const earlier = merge && fs.existsSync(jsonPath) ? JSON.parse(fs.readFileSync(jsonPath, "utf8")).filter((r) => !ran.has(r.target)) : [];
const rows = [...earlier, ...results];
const lines = [
  `# Fix benchmark (${new Date().toISOString().slice(0, 10)}, ${path.relative(repository, cliPath) || cliPath})`,
  "",
  "`node bench/fix-bench.mjs`: `--fix --fix-type safe,scaffold` on a copy of each target; the files it changed type-checked before and after.",
  "",
  "| target | fixes applied | files changed | withheld (would add a type error) | added type errors | files that no longer parse | second --fix applied |",
  "|---|---:|---:|---:|---:|---:|---:|",
  ...rows.map((r) => (r.error ? `| ${r.target} | error: ${r.error} | | | | | |` : `| ${r.target} | ${r.applied} | ${r.filesChanged} | ${r.withheld} | ${r.addedTypeErrors.length} | ${r.unparseable.length} | ${r.secondRunApplied} |`)),
  "",
  "## Per rule (all targets): findings before → after --fix, fixes withheld",
  "",
  "| rule | findings before | after | withheld |",
  "|---|---:|---:|---:|",
];
const perRule = new Map();
for (const result of rows) for (const row of result.rules ?? []) {
  const sum = perRule.get(row.rule) ?? { before: 0, after: 0, withheld: 0 };
  perRule.set(row.rule, { before: sum.before + row.before, after: sum.after + row.after, withheld: sum.withheld + row.withheld });
}
for (const [rule, sum] of [...perRule].sort()) lines.push(`| ${rule} | ${sum.before} | ${sum.after} | ${sum.withheld} |`);
const added = rows.flatMap((r) => (r.addedTypeErrors ?? []).map((error) => `- ${r.target}: ${error}`));
lines.push("", "## Added type errors", "", ...(added.length > 0 ? added : ["none"]), "");
fs.mkdirSync(path.join(import.meta.dirname, "results"), { recursive: true });
fs.writeFileSync(path.join(import.meta.dirname, `results/${outputName}.md`), lines.join("\n"));
fs.writeFileSync(path.join(import.meta.dirname, `results/${outputName}.json`), JSON.stringify(rows, null, 2) + "\n");
return lines;
}

const lines = writeResults();
process.stdout.write(args.includes("--json") ? JSON.stringify(results, null, 2) + "\n" : lines.join("\n"));
