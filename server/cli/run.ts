// `harden check`: turns arguments into a loaded project, runs the engine (or its fix loop), hands the result to a
// reporter and picks the exit code. A translator only: no analysis here, and no `process` (main.ts owns it). The
// engine is loaded only when needed (load-engine.ts): a cached run on unchanged files reports without it.
import * as fs from "node:fs";
import * as path from "node:path";
import type { ResolvedConfig } from "../../rules/engine/config.js";
import type { LintResult, SourceText } from "../../rules/engine/lint.js";
import type { Notice } from "../../rules/engine/types.js";
import { engineIdentity } from "../host/engine-build.js";
import { isConfigError, keepEngineCodeIn, loadEngine } from "../host/load-engine.js";
import { lintInParallel } from "../host/parallel-lint.js";
import { locateProject, locateProjectFromConfig, type ProjectLocation } from "../host/project-location.js";
import { loadProjectSetup, type ProjectSetup } from "../host/project-setup.js";
import { loadSources, maxSourceBytes, readRegularText } from "../host/read-source.js";
import { findSourceFiles, isSourceFile, isWithin } from "../host/source-files.js";
import { defaultCacheLocation, SummaryCache } from "../host/summary-cache.js";
import packageJson from "../../package.json";
import { parseCommand, usage, UsageError, type CheckOptions } from "./args.js";
import { countFindings, exitCodeFor, type CheckResult, type FileResult } from "./check-result.js";
import { formatFixDiff, type FileChange } from "./fix-diff.js";
import { escapeUnprintable } from "./printable.js";
import { createProgress, type Progress } from "./progress.js";
import { flaggedSecrets, redactSecrets } from "./redaction.js";
import { formatJson } from "./reporters/json.js";
import { formatSarif } from "./reporters/sarif.js";
import { formatStylish } from "./reporters/stylish.js";

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
  env?: Readonly<Record<string, string | undefined>>;
}

export const exitCodes = { clean: 0, findings: 1, failure: 2 } as const;

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    if (command.kind === "help") return write(io.stdout, usage, exitCodes.clean);
    if (command.kind === "version") return write(io.stdout, `${packageJson.version}\n`, exitCodes.clean);
    return await check(command.options, io);
  } catch (error) {
    if (error instanceof UsageError) return write(io.stderr, `harden: ${error.message}\nRun "harden --help" for usage.\n`, exitCodes.failure);
    if (isConfigError(error) || error instanceof PathError) return write(io.stderr, `harden: ${error.message}\n`, exitCodes.failure);
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return write(io.stderr, `harden: internal error: ${reason}\n`, exitCodes.failure);
  }
}

/** A path given, or one a fix needs, that cannot be used: a one-line error, never a stack trace. */
class PathError extends Error {}

/** One project root with the paths asked for inside it. */
interface ProjectRun {
  location: ProjectLocation;
  setup: ProjectSetup;
  /** The project's cache, when asked for (`--cache`) and not fixing. */
  cache?: SummaryCache;
  targets: string[];
}

interface ProjectOutcome {
  files: FileResult[];
  notices: Notice[];
  changes: FileChange[];
  secrets: string[];
  fixesApplied: number;
}

async function check(options: CheckOptions, io: CliIo): Promise<number> {
  const startedAt = performance.now();
  const progress = createProgress(io.stderr, io.stderr.isTTY === true, () => performance.now());
  const projects = planProjects(options, io.cwd);
  const outcomes: ProjectOutcome[] = [];
  for (const project of projects) outcomes.push(await checkProject(project, options, progress));
  progress.clear();

  const files = outcomes.flatMap((outcome) => outcome.files).sort((a, b) => a.filePath.localeCompare(b.filePath));
  const result: CheckResult = {
    version: packageJson.version,
    cwd: io.cwd,
    sourceRoot: commonAncestor(projects.map((project) => project.location.root)),
    files,
    notices: outcomes.flatMap((outcome) => outcome.notices),
    durationMs: performance.now() - startedAt,
  };
  const secrets = outcomes.flatMap((outcome) => outcome.secrets);
  const redact = (text: string): string => redactSecrets(text, secrets);

  for (const notice of result.notices) io.stderr.write(redact(`${escapeUnprintable(`${path.relative(io.cwd, notice.filePath) || "."}: ${notice.message}`)}\n`));
  const changes = outcomes.flatMap((outcome) => outcome.changes);
  if (options.fix) {
    writeChanges(changes, projects);
    const fixesApplied = outcomes.reduce((sum, outcome) => sum + outcome.fixesApplied, 0);
    io.stderr.write(`harden: applied ${fixesApplied} fix${fixesApplied === 1 ? "" : "es"} to ${changes.length} file${changes.length === 1 ? "" : "s"}\n`);
  }

  const report = options.fixDryRun ? formatFixDiff(changes, io.cwd) : formatReport(result, options, io);
  if (options.outputFile) {
    const outputPath = path.resolve(io.cwd, options.outputFile);
    fs.mkdirSync(path.dirname(outputPath), { recursive: true });
    fs.writeFileSync(outputPath, redact(report));
  } else {
    io.stdout.write(redact(report));
  }
  if (options.fixDryRun && changes.length === 0) io.stderr.write("harden: no fixes to apply\n");
  return exitCodeFor(countFindings(result.files), options.maxWarnings);
}

function formatReport(result: CheckResult, options: CheckOptions, io: CliIo): string {
  switch (options.format) {
    case "json":
      return formatJson(result);
    case "sarif":
      return formatSarif(result, loadEngine().registry);
    case "stylish": {
      const color = options.color ?? (io.stdout.isTTY === true && !io.env?.NO_COLOR);
      return formatStylish(result, { color });
    }
  }
}

/** Groups the paths by project root and loads each project's config (a ConfigError names the file and key). */
function planProjects(options: CheckOptions, cwd: string): ProjectRun[] {
  const targets = options.paths.map((target) => {
    const absolute = path.resolve(cwd, target);
    if (!fs.existsSync(absolute)) throw new PathError(`no such file or directory: ${target}`);
    return fs.realpathSync(absolute);
  });
  const label = (filePath: string): string => path.relative(cwd, filePath) || filePath;
  let forcedLocation: ProjectLocation | undefined;
  if (options.configFile) {
    const configPath = path.resolve(cwd, options.configFile);
    if (!fs.existsSync(configPath)) throw new PathError(`no such config file: ${options.configFile}`);
    forcedLocation = locateProjectFromConfig(configPath);
  }
  const byRoot = new Map<string, ProjectRun>();
  for (const target of targets) {
    const location = forcedLocation ?? locateProject(target);
    const existing = byRoot.get(location.root);
    if (existing) existing.targets.push(target);
    else {
      const cacheDirectory = options.cache && !options.fix && !options.fixDryRun ? cacheDirectoryOf(location, options, cwd) : undefined;
      if (cacheDirectory) keepEngineCodeIn(cacheDirectory);
      const cache = cacheDirectory ? SummaryCache.open(cacheDirectory, location.root, engineIdentity(packageJson.version)) : undefined;
      byRoot.set(location.root, { location, setup: loadProjectSetup(location, label, cache), cache, targets: [target] });
    }
  }
  return [...byRoot.values()];
}

function cacheDirectoryOf(location: ProjectLocation, options: CheckOptions, cwd: string): string {
  return options.cacheLocation ? path.resolve(cwd, options.cacheLocation) : path.join(location.root, defaultCacheLocation);
}

async function checkProject(project: ProjectRun, options: CheckOptions, progress: Progress): Promise<ProjectOutcome> {
  const { location, setup, targets } = project;
  const { config } = setup;
  const wholeProject = targets.includes(location.root);
  const isRequested = (filePath: string): boolean => wholeProject || targets.some((target) => isWithin(filePath, target));
  const notices: Notice[] = [...config.notices];
  const listingNotices = new Map<string, Notice>();
  const onNotice = (notice: Notice): void => {
    if (isRequested(notice.filePath)) listingNotices.set(notice.filePath, notice);
  };
  const filter = { root: location.root, ignore: config.ignore, onNotice };
  const requested = new Set<string>();
  for (const target of targets) {
    const found = findSourceFiles(target, filter);
    if (found.length === 0) notices.push({ filePath: target, message: "no files to check" });
    for (const filePath of found) requested.add(filePath);
  }
  // The whole project is read so cross-file facts (guards imported from lib/, mounted routers) are known, but only
  // the requested paths are reported and fixed.
  const projectFiles = wholeProject ? [...requested] : [...new Set([...findSourceFiles(location.root, filter), ...requested])].sort();
  notices.push(...listingNotices.values());
  const loaded = loadSources(projectFiles, (done, total) => progress.update("reading", done, total));
  notices.push(...loaded.notices.filter((notice) => isRequested(notice.filePath)));
  const onAnalysed = (done: number, total: number): void => progress.update("analysing", done, total);

  const originalTexts = new Map(loaded.sources.map((source) => [source.filePath, source.text]));
  let final: LintResult;
  let changes: FileChange[] = [];
  let fixesApplied = 0;
  if (options.fix || options.fixDryRun) {
    const { fixUntilStable, registry } = loadEngine();
    const fixed = fixUntilStable(originalTexts, config, registry, {
      kinds: ["safe", "scaffold"],
      accept: (finding) => isRequested(finding.filePath),
      readExtraFile: readIfPresent,
      isSourceFile,
    });
    final = fixed.final;
    fixesApplied = fixed.fixesApplied;
    changes = [...fixed.changed].map(([filePath, after]) => ({
      filePath,
      before: originalTexts.get(filePath) ?? readIfPresent(filePath),
      after,
      hasBom: loaded.filesWithBom.has(filePath),
    }));
  } else {
    final = await lintInParallel(loaded.sources, config, { concurrency: options.concurrency, cache: project.cache, onProgress: onAnalysed });
  }
  const finalTexts = new Map([...loaded.sources.map((s) => [s.filePath, s.text] as const), ...changes.map((c) => [c.filePath, c.after] as const)]);
  const files: FileResult[] = final.files
    .filter((analysis) => isRequested(analysis.filePath))
    .map((analysis) => ({ filePath: analysis.filePath, sourceText: finalTexts.get(analysis.filePath) ?? "", findings: analysis.findings }));
  notices.push(...final.notices.filter((notice) => isRequested(notice.filePath)));
  notices.push(...final.files.filter((analysis) => isRequested(analysis.filePath)).flatMap((analysis) => analysis.notices));

  // A diff shows the text the fixes replace, so its secrets are the ones in the untouched sources.
  const secretScan = options.fixDryRun ? { result: lintUnfixed(loaded.sources, config), texts: originalTexts } : { result: final, texts: finalTexts };
  const secretRuleIds = new Set(setup.secretRuleIds);
  const secrets = secretScan.result.files.flatMap((analysis) => flaggedSecrets(analysis.findings, secretScan.texts.get(analysis.filePath) ?? "", secretRuleIds));
  return { files, notices, changes, secrets, fixesApplied };
}

function lintUnfixed(sources: readonly SourceText[], config: ResolvedConfig): LintResult {
  const { lintSources, registry } = loadEngine();
  return lintSources(sources, config, registry);
}

function writeChanges(changes: readonly FileChange[], projects: readonly ProjectRun[]): void {
  for (const change of changes) {
    if (!projects.some((project) => isWithin(change.filePath, project.location.root))) continue;
    fs.mkdirSync(path.dirname(change.filePath), { recursive: true });
    fs.writeFileSync(change.filePath, (change.hasBom ? "\ufeff" : "") + change.after);
  }
}

/** Undefined when the file does not exist; one that exists but cannot be read (a device, over 2 MB) stops the run. */
function readIfPresent(filePath: string): string | undefined {
  const read = readRegularText(filePath, maxSourceBytes);
  if ("text" in read) return read.text;
  if (!fs.existsSync(filePath)) return undefined;
  throw new PathError(`${filePath}: ${read.problem}; nothing was written`);
}

function commonAncestor(directories: readonly string[]): string {
  let common = directories[0]!;
  for (const directory of directories.slice(1)) {
    while (!isWithin(directory, common)) common = path.dirname(common);
  }
  return common;
}

function write(stream: NodeJS.WritableStream, text: string, code: number): number {
  stream.write(text);
  return code;
}
