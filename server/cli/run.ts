// `harden check`: turns arguments into a loaded project, runs the engine (or its fix loop), hands the result to a
// reporter and picks the exit code. A translator only: no analysis here, and no `process` (main.ts owns it). The
// engine is loaded only when needed (load-engine.ts): a cached run on unchanged files reports without it.
import * as fs from "node:fs";
import * as path from "node:path";
import type { ResolvedConfig } from "../../rules/engine/config.js";
import type { LintResult, SourceText } from "../../rules/engine/lint.js";
import type { ReportedRoute } from "../../rules/lint-project.js";
import type { Notice } from "../../rules/engine/types.js";
import type { SecretRange } from "../../rules/model/previews.js";
import { engineIdentity } from "../host/engine-build.js";
import { isConfigError, keepEngineCodeIn, loadEngine } from "../host/load-engine.js";
import { lintInParallel } from "../host/parallel-lint.js";
import { locateProject, locateProjectFromConfig, type ProjectLocation } from "../host/project-location.js";
import { loadProjectSetup, type ProjectSetup } from "../host/project-setup.js";
import { KeptReads, loadSources, maxSourceBytes, readRegularText, readSourceFile } from "../host/read-source.js";
import { cookieNamesIn, filesReachableFrom, scanText } from "../host/reachable-files.js";
import { findSourceFiles, isSourceFile, isWithin } from "../host/source-files.js";
import { defaultCacheLocation, SummaryCache } from "../host/summary-cache.js";
import { openUserCache, type UserCache, type UserCacheProblem } from "../host/user-cache.js";
import packageJson from "../../package.json";
import { parseCommand, usage, UsageError, type CheckOptions, type RoutesOptions } from "./args.js";
import { BaselineError, baselineEntriesOf, compareWithBaseline, readBaseline, writeBaseline, type Baseline } from "./baseline.js";
import { countFindings, exitCodeFor, type CheckResult, type FileResult } from "./check-result.js";
import { formatFixDiff, type FileChange } from "./fix-diff.js";
import { changedFilesSince, GitError, headCommit, renamesSince, repositoryRoot, resolveCommit } from "./git.js";
import { escapeUnprintable } from "./printable.js";
import { createProgress, type Progress } from "./progress.js";
import { formatGithub } from "./reporters/github.js";
import { formatJson, toPortablePath } from "./reporters/json.js";
import { formatRoutes } from "./reporters/routes.js";
import { formatSarif } from "./reporters/sarif.js";
import { formatStylish } from "./reporters/stylish.js";
import { writeFixes, type WriteFixesOutcome } from "./write-fixes.js";

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
    // The engine's compiled code spares every run most of its start-up, so the per-user directory that keeps it is
    // opened whether or not --cache is given; only --cache says when that directory cannot be used.
    const userCache = openUserCache(io.env ?? {});
    if ("key" in userCache) keepEngineCodeIn(userCache.directory);
    if (command.kind === "routes") return listRoutes(command.options, io);
    return await check(command.options, io, userCache);
  } catch (error) {
    if (error instanceof UsageError) return write(io.stderr, `harden: ${error.message}\nRun "harden --help" for usage.\n`, exitCodes.failure);
    // A config error lists every problem, one a line; each line is a stderr line of its own.
    if (isConfigError(error) || error instanceof PathError || error instanceof BaselineError || error instanceof GitError) return write(io.stderr, `harden: ${error.message.replace(/\n/g, "\nharden: ")}\n`, exitCodes.failure);
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
  fixesApplied: number;
  /** What `--fix` wrote; a failure stops the run. */
  written?: WriteFixesOutcome;
}

async function check(options: CheckOptions, io: CliIo, userCache: UserCache | UserCacheProblem): Promise<number> {
  const startedAt = performance.now();
  const progress = createProgress(io.stderr, io.stderr.isTTY === true, () => performance.now());
  const usesCache = options.cache && !options.fix && !options.fixDryRun;
  const cacheNotices: Notice[] = usesCache && "problem" in userCache ? [{ filePath: userCache.directory ?? io.cwd, message: `${userCache.problem}; --cache is off` }] : [];
  const projects = planProjects(options, io.cwd, usesCache && "key" in userCache ? userCache : undefined);
  const sourceRoot = commonAncestor(projects.map((project) => project.location.root));
  const changedFiles = options.changedSince === undefined ? undefined : changedFilesOf(options.changedSince, sourceRoot);
  const baseline = options.baselineFile === undefined ? undefined : readBaseline(path.resolve(io.cwd, options.baselineFile), options.baselineFile);
  const outcomes: ProjectOutcome[] = [];
  for (const project of projects) {
    const outcome = await checkProject(project, options, progress, changedFiles, io.env?.HARDEN_TEST_FAIL_WRITE);
    outcomes.push(outcome);
    if (outcome.written?.failure) break;
  }
  progress.clear();

  const checked = outcomes.flatMap((outcome) => outcome.files).sort((a, b) => a.filePath.localeCompare(b.filePath));
  const baselineNotices: Notice[] = [];
  const compared = baseline && compareWith(baseline, checked, sourceRoot, (notice) => baselineNotices.push(notice));
  const result: CheckResult = {
    version: packageJson.version,
    cwd: io.cwd,
    sourceRoot,
    files: compared?.files ?? checked,
    notices: [...cacheNotices, ...outcomes.flatMap((outcome) => outcome.notices), ...baselineNotices],
    durationMs: performance.now() - startedAt,
  };
  for (const notice of result.notices) io.stderr.write(`${escapeUnprintable(`${path.relative(io.cwd, notice.filePath) || "."}: ${notice.message}`)}\n`);
  const changes = outcomes.flatMap((outcome) => outcome.changes);
  if (options.fix) {
    const written = outcomes.flatMap((outcome) => outcome.written?.written ?? []);
    const failure = outcomes.find((outcome) => outcome.written?.failure)?.written?.failure;
    if (failure) {
      const label = (filePath: string): string => path.relative(io.cwd, filePath) || filePath;
      io.stderr.write(`harden: could not write the fixes (${failure.reason})\n`);
      for (const filePath of written) io.stderr.write(`  written: ${label(filePath)}\n`);
      for (const filePath of failure.notWritten) io.stderr.write(`  not written: ${label(filePath)}\n`);
      return exitCodes.failure;
    }
    const fixesApplied = outcomes.reduce((sum, outcome) => sum + outcome.fixesApplied, 0);
    io.stderr.write(`harden: applied ${fixesApplied} fix${fixesApplied === 1 ? "" : "es"} to ${written.length} file${written.length === 1 ? "" : "s"}\n`);
  }

  if (compared && options.baselineFile) {
    const stale = compared.stale > 0 ? `; ${plural(compared.stale, "finding")} it holds ${compared.stale === 1 ? "was" : "were"} fixed since (run --write-baseline to drop ${compared.stale === 1 ? "it" : "them"})` : "";
    io.stderr.write(`harden: baseline ${escapeUnprintable(options.baselineFile)}: ${plural(compared.known, "known finding")} not reported${stale}\n`);
  }
  if (options.writeBaselineFile) {
    const entries = compared ? compared.kept : baselineEntriesOf(checked, sourceRoot);
    const root = repositoryRoot(sourceRoot);
    writeBaseline(path.resolve(io.cwd, options.writeBaselineFile), entries, root && headCommit(root));
    const count = entries.reduce((sum, entry) => sum + entry.count, 0);
    io.stderr.write(`harden: wrote ${plural(count, "finding")} to the baseline ${escapeUnprintable(options.writeBaselineFile)}\n`);
    if (!options.baselineFile) return exitCodes.clean;
  }

  const report = options.fixDryRun ? formatFixDiff(changes, io.cwd) : formatReport(result, options, io);
  writeOutput(report, options.outputFile, io);
  if (options.fixDryRun && changes.length === 0) io.stderr.write("harden: no fixes to apply\n");
  return exitCodeFor(countFindings(result.files), options.maxWarnings);
}

/** `harden routes`: the engine's route inventory of each project, the routes under the paths given, printed. */
function listRoutes(options: RoutesOptions, io: CliIo): number {
  const progress = createProgress(io.stderr, io.stderr.isTTY === true, () => performance.now());
  const projects = planProjects(options, io.cwd, undefined);
  const routes: ReportedRoute[] = [];
  const notices: Notice[] = [];
  for (const project of projects) {
    const read = readProject(project, progress);
    const report = loadEngine().routeReport(read.loaded.sources, project.setup.config, loadEngine().registry);
    routes.push(...report.routes.filter((route) => read.isRequested(route.filePath)));
    notices.push(...read.notices, ...report.notices.filter((notice) => read.isRequested(notice.filePath)));
  }
  progress.clear();
  for (const notice of notices) io.stderr.write(`${escapeUnprintable(`${path.relative(io.cwd, notice.filePath) || "."}: ${notice.message}`)}\n`);
  const text = formatRoutes(routes, options.format, io.cwd);
  writeOutput(text, options.outputFile, io);
  return exitCodes.clean;
}

/** The report into `--output` (its folder created) or onto stdout. */
function writeOutput(text: string, outputFile: string | undefined, io: CliIo): void {
  if (!outputFile) {
    io.stdout.write(text);
    return;
  }
  const outputPath = path.resolve(io.cwd, outputFile);
  fs.mkdirSync(path.dirname(outputPath), { recursive: true });
  fs.writeFileSync(outputPath, text);
}

function formatReport(result: CheckResult, options: CheckOptions, io: CliIo): string {
  switch (options.format) {
    case "json":
      return formatJson(result);
    case "sarif":
      return formatSarif(result, loadEngine().registry);
    case "github":
      return formatGithub(result);
    case "stylish": {
      const color = options.color ?? (io.stdout.isTTY === true && !io.env?.NO_COLOR);
      return formatStylish(result, { color });
    }
  }
}

/**
 * Groups the paths by project root and loads each project's config (a ConfigError names the file and key). With a
 * per-user cache (`--cache`), the engine's compiled code is kept there and each project's cache is authenticated by it.
 */
function planProjects(options: Pick<CheckOptions, "paths" | "configFile" | "cacheLocation">, cwd: string, userCache: UserCache | undefined): ProjectRun[] {
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
      const cache = userCache && SummaryCache.open(cacheDirectoryOf(location, options, cwd), location.root, engineIdentity(packageJson.version), userCache.key);
      byRoot.set(location.root, { location, setup: loadProjectSetup(location, label, cache), cache, targets: [target] });
    }
  }
  return [...byRoot.values()];
}

function cacheDirectoryOf(location: ProjectLocation, options: Pick<CheckOptions, "cacheLocation">, cwd: string): string {
  return options.cacheLocation ? path.resolve(cwd, options.cacheLocation) : path.join(location.root, defaultCacheLocation);
}

/**
 * The files changed since `ref` (see git.ts), with a one-line error outside a repository or for a ref git does not
 * know.
 */
function changedFilesOf(ref: string, sourceRoot: string): Set<string> {
  const root = repositoryRoot(sourceRoot);
  if (root === undefined) throw new GitError(`--changed-since needs a git repository, and ${sourceRoot} is not in one`);
  const commit = resolveCommit(root, ref);
  if (commit === undefined) throw new GitError(`--changed-since: unknown git ref "${escapeUnprintable(ref)}" in ${root}`);
  return changedFilesSince(root, commit);
}

/**
 * Compares the findings with the baseline, each file under its path as of the baseline's commit (renames since are
 * followed through git; outside a repository, or without that commit, a renamed file's findings count as new).
 */
function compareWith(baseline: Baseline, files: readonly FileResult[], sourceRoot: string, onNotice: (notice: Notice) => void): ReturnType<typeof compareWithBaseline> {
  const root = baseline.commit === undefined ? undefined : repositoryRoot(sourceRoot);
  let renames = new Map<string, string>();
  if (root !== undefined && baseline.commit !== undefined) {
    if (resolveCommit(root, baseline.commit) === undefined) {
      onNotice({ filePath: root, message: `the baseline's commit ${baseline.commit.slice(0, 12)} is not in this clone's history, so renamed files lose their baseline (fetch it, e.g. actions/checkout with fetch-depth: 0)` });
    } else {
      renames = renamesSince(root, baseline.commit);
    }
  }
  const relativePath = (filePath: string): string => toPortablePath(path.relative(sourceRoot, filePath));
  const identityPathOf = (filePath: string): string => relativePath(renames.get(filePath) ?? filePath);
  const checkedPaths = new Set(files.map((file) => identityPathOf(file.filePath)));
  const renamedAway = new Set([...renames.values()].map(relativePath));
  // A missing finding is a fixed one when its file was checked, or is gone without a rename (deleted).
  const isInScope = (entryPath: string): boolean => checkedPaths.has(entryPath) || (!renamedAway.has(entryPath) && !fs.existsSync(path.join(sourceRoot, entryPath)));
  return compareWithBaseline(files, baseline, sourceRoot, identityPathOf, isInScope);
}

/**
 * `changedFiles`: with `--changed-since`, only these are reported (and fixed). `failWriteOf`: the HARDEN_TEST_FAIL_WRITE
 * test seam (see write-fixes.ts).
 */
async function checkProject(project: ProjectRun, options: CheckOptions, progress: Progress, changedFiles: ReadonlySet<string> | undefined, failWriteOf?: string): Promise<ProjectOutcome> {
  const { location, setup } = project;
  const { config } = setup;
  const { isRequested, loaded, notices } = readProject(project, progress, changedFiles, options.fix || options.fixDryRun ? undefined : project.cache);
  const onAnalysed = (done: number, total: number): void => progress.update("analysing", done, total);

  const originalTexts = new Map(loaded.sources.map((source) => [source.filePath, source.text]));
  let final: LintResult;
  let changes: FileChange[] = [];
  let fixesApplied = 0;
  let written: WriteFixesOutcome | undefined;
  if (options.fix || options.fixDryRun) {
    const { createFixVerifier, fixUntilStable, lintSources, registry } = loadEngine();
    // What the fixes extended, as read: a write later checks the file still holds exactly this.
    const extraTexts = new Map<string, string | undefined>();
    const readExtraFile = (filePath: string): string | undefined => {
      if (!extraTexts.has(filePath)) extraTexts.set(filePath, readIfPresent(filePath));
      return extraTexts.get(filePath);
    };
    const fixed = fixUntilStable(originalTexts, config, registry, {
      kinds: options.fixTypes,
      accept: (finding) => isRequested(finding.filePath),
      readExtraFile,
      isSourceFile,
      verifier: createFixVerifier(location.root, (filePath) => originalTexts.get(filePath), config.settings.packages ?? []),
    });
    final = fixed.final;
    fixesApplied = fixed.fixesApplied;
    const secretsBefore = options.fixDryRun ? secretRangesByFile(lintUnfixed(loaded.sources, config), originalTexts, setup) : undefined;
    const secretsAfter = options.fixDryRun ? secretRangesByFile(fixed.final, fixed.changed, setup) : undefined;
    notices.push(...fixed.notices.filter((notice) => isRequested(notice.filePath)));
    changes = [...fixed.changed].map(([filePath, after]) => ({
      filePath,
      before: originalTexts.has(filePath) ? originalTexts.get(filePath) : readExtraFile(filePath),
      after,
      hasBom: loaded.filesWithBom.has(filePath),
      secretsBefore: secretsBefore?.(filePath),
      secretsAfter: secretsAfter?.(filePath),
    }));
    if (options.fix) {
      written = writeFixes(changes, fixed.linkedFiles, { roots: [location.root], failWriteOf });
      notices.push(...written.skipped);
      const onDisk = new Set(written.written);
      if (onDisk.size < changes.length) {
        // What is reported is what is on disk: files left as they were are linted as they are.
        for (const [filePath, count] of fixed.fixesByFile) if (!onDisk.has(filePath)) fixesApplied -= count;
        changes = changes.filter((change) => onDisk.has(change.filePath));
        const texts = new Map([...originalTexts, ...changes.filter((change) => isSourceFile(change.filePath)).map((change) => [change.filePath, change.after] as const)]);
        final = lintSources([...texts].map(([filePath, text]) => ({ filePath, text })), config, registry);
      }
    }
  } else {
    final = await lintInParallel(loaded.inputs, config, { concurrency: options.concurrency, cache: project.cache, onProgress: onAnalysed, reportsOn: isRequested });
  }
  const finalTexts = new Map([...loaded.sources.map((s) => [s.filePath, s.text] as const), ...changes.map((c) => [c.filePath, c.after] as const)]);
  // Reporters quote a file's text only around its findings: a file the cache vouched for is read only if it has some.
  const sourceTextOf = (filePath: string, findingCount: number): string => finalTexts.get(filePath) ?? (findingCount > 0 ? textOrEmpty(readSourceFile(filePath)) : "");
  const files: FileResult[] = final.files
    .filter((analysis) => isRequested(analysis.filePath))
    .map((analysis) => ({ filePath: analysis.filePath, sourceText: sourceTextOf(analysis.filePath, analysis.findings.length), findings: analysis.findings }));
  notices.push(...final.notices.filter((notice) => isRequested(notice.filePath)));
  notices.push(...final.files.filter((analysis) => isRequested(analysis.filePath)).flatMap((analysis) => analysis.notices));
  return { files, notices, changes, fixesApplied, written };
}

/** Text the import scan keeps for the load (characters): a large workspace's sources are read twice past it. */
const keptScanChars = 48 * 1024 * 1024;

/**
 * Reads the project's source files the requested ones can reach (all of them when the whole project is asked for), so
 * cross-file facts (guards imported from lib/, mounted routers) are known (see reachable-files.ts); `isRequested` says
 * which of them were asked for (and, with `changedFiles`, changed), the only ones analysed, reported and fixed.
 * With `cache`, a file whose stamp says its cached text is current is not read.
 */
function readProject(project: ProjectRun, progress: Progress, changedFiles?: ReadonlySet<string>, cache?: SummaryCache): { isRequested: (filePath: string) => boolean; loaded: ReturnType<typeof loadSources>; notices: Notice[] } {
  const { location, setup, targets } = project;
  const { config } = setup;
  const wholeProject = targets.includes(location.root);
  const isRequested = (filePath: string): boolean =>
    (wholeProject || targets.some((target) => isWithin(filePath, target))) && (changedFiles === undefined || changedFiles.has(filePath));
  const notices: Notice[] = [...config.notices, ...(project.cache?.rejected ? [project.cache.rejected] : [])];
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
  // The import scan's reads serve the load too; with a cache, a file whose stamp is unchanged is not read for its scan.
  const reads = new KeptReads(keptScanChars, cache !== undefined);
  const projectFiles = wholeProject ? [...requested] : filesReachableFrom([...requested], [...new Set([...findSourceFiles(location.root, filter), ...requested])].sort(), {
    root: location.root,
    moduleAliases: config.settings.moduleAliases ?? [],
    scanOf: (filePath) => {
      const stamp = reads.stampBeforeRead(filePath);
      const cached = cache?.scanOf(filePath, stamp);
      if (cached) return cached;
      const text = textOrUndefined(reads.read(filePath));
      const scan = text === undefined ? undefined : scanText(filePath, text);
      if (scan) cache?.storeScan(filePath, stamp, scan);
      return scan;
    },
    cookieNamesIn: (filePath, names) => {
      const stamp = reads.stampBeforeRead(filePath);
      const namesKey = [...names].sort().join("\0");
      const cached = cache?.cookieNamesOf(filePath, stamp, namesKey);
      if (cached) return cached;
      const text = textOrUndefined(reads.read(filePath));
      const found = text === undefined ? [] : cookieNamesIn(text, names);
      if (text !== undefined) cache?.storeCookieNames(filePath, stamp, namesKey, found);
      return found;
    },
  });
  notices.push(...listingNotices.values());
  const loaded = loadSources(projectFiles, (done, total) => progress.update("reading", done, total), cache && ((filePath, stamp) => cache.isCurrent(filePath, stamp)), reads);
  notices.push(...loaded.notices.filter((notice) => isRequested(notice.filePath)));
  return { isRequested, loaded, notices };
}

/**
 * The ranges of each text a diff must show as previews: the literals the model finds holding a credential, and the
 * text flagged by rules whose flagged text may be a secret (a random key under a secret name).
 */
function secretRangesByFile(result: LintResult, texts: ReadonlyMap<string, string>, setup: ProjectSetup): (filePath: string) => SecretRange[] {
  const { secretRangesOf } = loadEngine();
  const secretRuleIds = new Set(setup.secretRuleIds);
  const findingsByFile = new Map(result.files.map((analysis) => [analysis.filePath, analysis.findings]));
  return (filePath) => {
    const text = texts.get(filePath);
    if (text === undefined || !isSourceFile(filePath)) return [];
    const flagged = (findingsByFile.get(filePath) ?? []).filter((finding) => secretRuleIds.has(finding.ruleId));
    return secretRangesOf({ filePath, text }, flagged.map((finding) => finding.span));
  };
}

function lintUnfixed(sources: readonly SourceText[], config: ResolvedConfig): LintResult {
  const { lintSources, registry } = loadEngine();
  return lintSources(sources, config, registry);
}

/** Undefined when the file does not exist; one that exists but cannot be read (a device, over 2 MB) stops the run. */
function readIfPresent(filePath: string): string | undefined {
  const read = readRegularText(filePath, maxSourceBytes);
  if ("text" in read) return read.text;
  if (!fs.existsSync(filePath)) return undefined;
  throw new PathError(`${filePath}: ${read.problem}; nothing was written`);
}

function textOrEmpty(read: ReturnType<typeof readSourceFile>): string {
  return textOrUndefined(read) ?? "";
}

function textOrUndefined(read: ReturnType<typeof readSourceFile>): string | undefined {
  return "text" in read ? read.text : undefined;
}

function commonAncestor(directories: readonly string[]): string {
  let common = directories[0]!;
  for (const directory of directories.slice(1)) {
    while (!isWithin(directory, common)) common = path.dirname(common);
  }
  return common;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function write(stream: NodeJS.WritableStream, text: string, code: number): number {
  stream.write(text);
  return code;
}
