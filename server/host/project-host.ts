// Keeps the projects an editor works on in memory: each file's summary (made once per text; a disk file's text is read
// again when analysed), open documents overlaid on disk files with their trees (re-parsed incrementally), config
// reloaded on demand and the model relinked when a summary changes. A project loads in slices (summaries from the on-disk cache when their text is unchanged),
// and until it is complete a file gets only the findings that no other file can change. No LSP here.
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "ts-morph";
import { analyzeFile, parseSource, type FileAnalysis } from "../../rules/engine/analyze.js";
import { ConfigError, type ResolvedConfig } from "../../rules/engine/config.js";
import type { FixVerifier } from "../../rules/engine/fix-loop.js";
import { parseAndSummarize, reportRoutes, type ReportedRoute } from "../../rules/lint-project.js";
import type { AnyRule, Notice, SeveritySetting } from "../../rules/engine/types.js";
import { ProjectModel } from "../../rules/model/project-model.js";
import { MemberMemo } from "../../rules/engine/member-memo.js";
import { summarizeFile } from "../../rules/model/summarize.js";
import type { FileSummary } from "../../rules/model/types.js";
import { analyzeFileLocally } from "./file-local-analysis.js";
import { createFixVerifier } from "./fix-verifier.js";
import { isWithin, loadConfigFile, resolveConfigFile } from "./load-project.js";
import { findModuleAliasFilesAlong, isCompilerConfigName } from "./module-alias-files.js";
import { withModuleAliases } from "./module-aliases.js";
import { configFileName, locateProject, type ProjectLocation } from "./project-location.js";
import { readSourceFile } from "./read-source.js";
import { findSourceFiles, isSourceFile } from "./source-files.js";
import { defaultCacheLocation, hashText, linkFingerprintOf, SummaryCache } from "./summary-cache.js";

export interface ConfigProblem {
  configPath: string;
  message: string;
}

/** The workspaces' on-disk caches, read and written only in a workspace the user trusts. */
export interface DiskCache {
  /** The engine build (see engineIdentity): summaries in the cache are reused only when it matches. */
  version: string;
  /** This user's cache key (user-cache.ts): a cache it does not authenticate is ignored. */
  key: Buffer;
}

export interface HostOptions {
  /** Undefined: no on-disk cache (until `useDiskCache`). */
  diskCache?: DiskCache;
}

/** A disk file as the host keeps it: its summary and the hash of the text it summarises; the text is read again when needed, so a large workspace holds summaries only. */
interface DiskFile {
  contentHash: string;
  summary: FileSummary;
  /** `linkFingerprintOf(summary)`: computed when first compared, or taken from the on-disk cache. */
  linkFingerprint?: string;
}

/** An open document: its text, its tree (updated incrementally as it changes), its summary and what it reuses per class member. */
interface OpenDocument {
  text: string;
  sourceFile: ts.SourceFile;
  summary: FileSummary;
  linkFingerprint?: string;
  summaryMemo?: MemberMemo;
  rulesMemo?: MemberMemo;
}

type Summarised = DiskFile | OpenDocument;

interface HostedProject {
  location: ProjectLocation;
  /** The config file alone: enough to list, read and summarise the project's files. */
  config: ResolvedConfig;
  /** `config` with what the whole project's setup files declare (see withModuleAliases), once something needs it. */
  projectConfig?: ResolvedConfig;
  configProblem?: ConfigProblem;
  /** Disk files of the project read so far (ignore globs applied), by real path; undefined = not analysable as a source. */
  diskFiles: Map<string, DiskFile | undefined>;
  /** Disk files not read yet, once the first load step has listed them: the project is complete when there are none. */
  unread?: Set<string>;
  /** What listing the project skipped: symlinks leading out of it, folders that cannot be read. */
  listingNotices: Notice[];
  /** While the project loads (undefined once it is complete and reported). */
  loading?: {
    startedAt: number;
    cachedFiles: number;
    /** Opened when the load reads its first file: summaries of files whose text is the one the CLI or a server cached. */
    cache?: SummaryCache;
  };
  model?: ProjectModel;
}

export interface LoadReport {
  root: string;
  files: number;
  /** Files whose summary came from the on-disk cache. */
  cachedFiles: number;
  /** Why the on-disk cache was ignored, when this user's Harden did not write it. */
  cacheRejected?: Notice;
  /** From finding the project to its last file read. */
  durationMs: number;
  /** Symlinks not followed and folders not listed. */
  notices: Notice[];
}

export interface HostAnalysis extends FileAnalysis {
  /** The text the findings' spans refer to. */
  text: string;
  /** False while the project is still loading: the findings are then only those no other file can change. */
  complete: boolean;
}

export class ProjectHost {
  private readonly projects = new Map<string, HostedProject>();
  /** Each path's project while the projects stay the same: an open document's is asked for at every keystroke, and finding it stats the disk. */
  private readonly projectByPath = new Map<string, HostedProject>();
  private readonly overlays = new Map<string, OpenDocument>();
  private severityOverrides: Record<string, SeveritySetting> = {};
  private projectLoaded: () => void = () => {};
  private projectComplete: (report: LoadReport) => void = () => {};
  private diskCache: DiskCache | undefined;

  constructor(
    private readonly registry: readonly AnyRule[],
    options: HostOptions = {},
  ) {
    this.diskCache = options.diskCache;
  }

  /** Projects loaded from now on start from, and write, their on-disk cache. */
  useDiskCache(diskCache: DiskCache): void {
    this.diskCache = diskCache;
  }

  /** Editor settings win over harden.config.json; "off" disables a rule. */
  setSeverityOverrides(overrides: Record<string, SeveritySetting>): void {
    this.severityOverrides = overrides;
  }

  /** Called after a project (and its config) is found or reloaded, e.g. to show its config problem. */
  onProjectLoaded(listener: () => void): void {
    this.projectLoaded = listener;
  }

  /** Called when every file of a project has been read, parsed and summarised (or taken from the cache). */
  onProjectComplete(listener: (report: LoadReport) => void): void {
    this.projectComplete = listener;
  }

  /** Sets an open document's text; returns whether a cross-file fact (its summary's link-relevant facts) changed. */
  setOverlay(filePath: string, text: string): boolean {
    const project = this.projectOf(filePath);
    const overlay = this.overlays.get(filePath);
    if (overlay?.text === text) return false;
    const disk = overlay ? undefined : project.diskFiles.get(filePath);
    if (disk && disk.contentHash === hashText(text)) {
      // The analysis of the opened file fills the rules' memo: the first keystroke re-checks only its member.
      this.overlays.set(filePath, { text, sourceFile: parseSource(filePath, text), summary: disk.summary, linkFingerprint: disk.linkFingerprint, rulesMemo: new MemberMemo() });
      return false;
    }
    // Typing changes a few characters: the parser reuses every node outside the changed range.
    const sourceFile = overlay ? ts.updateSourceFile(overlay.sourceFile, text, changeRangeBetween(overlay.text, text)) : parseSource(filePath, text);
    // A keystroke re-works only the class member it lands in.
    const summaryMemo = overlay?.summaryMemo ?? new MemberMemo();
    const rulesMemo = overlay?.rulesMemo ?? new MemberMemo();
    const after: OpenDocument = { text, sourceFile, summary: summarizeFile(filePath, sourceFile, summaryMemo), summaryMemo, rulesMemo };
    const before = overlay ?? this.diskFileOf(project, filePath, after);
    this.overlays.set(filePath, after);
    return this.invalidateIfChanged(project, before, after);
  }

  /** The document was closed: its disk text counts again. */
  removeOverlay(filePath: string): boolean {
    const overlay = this.overlays.get(filePath);
    if (!overlay) return false;
    this.overlays.delete(filePath);
    const project = this.projectOf(filePath);
    return this.invalidateIfChanged(project, overlay, this.diskFileOf(project, filePath));
  }

  /** A file changed, appeared or vanished outside the editor; returns whether the projects' facts changed. */
  fileChangedOnDisk(filePath: string): boolean {
    if (isProjectSetupFile(filePath)) {
      // A project root, config or module alias may have changed: drop the projects holding the file or under its directory.
      for (const root of [...this.projects.keys()]) if (isWithin(root, path.dirname(filePath)) || isWithin(filePath, root)) this.projects.delete(root);
      this.projectByPath.clear();
      return true;
    }
    const project = [...this.projects.values()].find((p) => knows(p, filePath) || isWithin(filePath, p.location.root));
    if (!project || !isSourceFile(filePath)) return false;
    // A file the load has yet to reach (or list) is read as it is then.
    const notReadYet = project.unread ? project.unread.has(filePath) : !project.diskFiles.has(filePath);
    if (notReadYet) return false;
    const before = project.diskFiles.get(filePath);
    const exists = fs.existsSync(filePath);
    const after = exists ? readDiskFile(filePath, undefined)?.file : undefined;
    if (exists) project.diskFiles.set(filePath, after);
    else project.diskFiles.delete(filePath);
    if (this.overlays.has(filePath)) return false;
    return this.invalidateIfChanged(project, before, after);
  }

  /**
   * Reads, parses and summarises more of the projects' unread files, for about `budgetMs`; returns true once every
   * project is complete. A completed project writes the on-disk cache when its root has node_modules, so the next start is warm.
   */
  load(budgetMs: number): boolean {
    const deadline = performance.now() + budgetMs;
    for (const project of this.projects.values()) {
      this.projectConfigOf(project);
      const unread = this.unreadOf(project);
      if (unread.size > 0 && project.loading) project.loading.cache ??= this.openCache(project);
      for (const filePath of unread) {
        if (performance.now() >= deadline) return false;
        this.readUnread(project, filePath);
      }
      if (project.loading) this.completeLoading(project, project.loading);
    }
    return true;
  }

  /**
   * Whether the projects have at most `count` files still to read. A project not listed yet is listed only as far as
   * the answer needs, so a large one answers "no" without walking all of its folders.
   */
  hasAtMostUnread(count: number): boolean {
    let unread = 0;
    for (const project of this.projects.values()) {
      if (project.unread) unread += project.unread.size;
      else {
        const { root } = project.location;
        if (path.dirname(root) === root) continue;
        const limit = count - unread + project.diskFiles.size;
        unread += findSourceFiles(root, { root, ignore: project.config.ignore, limit }).filter((filePath) => !project.diskFiles.has(filePath)).length;
      }
      if (unread > count) return false;
    }
    return true;
  }

  /** Analyses one file against its project (with fixes unless `withFixes` is false); undefined when it is not a source file or is ignored. */
  analyze(filePath: string, { withFixes = true }: { withFixes?: boolean } = {}): HostAnalysis | undefined {
    const project = this.projectOf(filePath);
    const source = isSourceFile(filePath) && !this.isIgnored(project, filePath) ? this.sourceOf(project, filePath) : undefined;
    if (!source) return undefined;
    const complete = project.unread?.size === 0;
    const config = complete ? this.projectConfigOf(project) : this.configBeforeLoad(project, filePath);
    const memo = this.overlays.get(filePath)?.rulesMemo;
    const options = { registry: this.registry, config: this.effectiveConfig(config), project: this.modelOf(project), withFixes, memo };
    const analysis = complete ? analyzeFile(source.sourceFile, source.summary, options) : analyzeFileLocally(source.sourceFile, source.summary, options);
    return { ...analysis, text: source.text, complete };
  }

  /**
   * The route inventory of the project holding `directory` (as `harden routes` prints it), for the routes registered
   * under `directory`, against open documents as the editor has them. Complete once the project has loaded.
   */
  routesOf(directory: string): ReportedRoute[] {
    const project = this.projectOf(directory);
    const lines = new Map<string, ts.SourceFile | undefined>();
    const sourceFileOf = (filePath: string): ts.SourceFile | undefined => {
      if (!lines.has(filePath)) lines.set(filePath, this.sourceOf(project, filePath)?.sourceFile);
      return lines.get(filePath);
    };
    this.projectConfigOf(project);
    const routes = reportRoutes(this.modelOf(project), {
      lineOf: (filePath, offset) => (sourceFileOf(filePath)?.getLineAndCharacterOfPosition(offset).line ?? 0) + 1,
      findingsOf: (filePath) => this.analyze(filePath, { withFixes: false })?.findings ?? [],
    });
    return routes.filter((route) => isWithin(route.filePath, directory));
  }

  /** The current text of a file as the engine sees it (open document or disk). */
  textOf(filePath: string): string | undefined {
    const overlay = this.overlays.get(filePath);
    if (overlay) return overlay.text;
    if (!this.diskFileOf(this.projectOf(filePath), filePath)) return undefined;
    const outcome = readSourceFile(filePath);
    return "text" in outcome ? outcome.text : undefined;
  }

  /** Every analysable file of the project holding `directory` (read or not yet), sorted. */
  filesOf(directory: string): string[] {
    const project = this.projectOf(directory);
    const files = new Set([...this.unreadOf(project)].filter((filePath) => isWithin(filePath, directory)));
    for (const [filePath, file] of project.diskFiles) if (file && isWithin(filePath, directory)) files.add(filePath);
    for (const filePath of this.overlays.keys()) if (isWithin(filePath, directory) && this.projectOf(filePath) === project) files.add(filePath);
    return [...files].sort();
  }

  /** Files the project could not read, each with a one-line reason. */
  readNotices(directory: string): Notice[] {
    const project = this.projectOf(directory);
    const unreadable = [...project.diskFiles].filter(([, file]) => !file).map(([filePath]) => ({ filePath, message: describeUnreadable(filePath) }));
    return [...project.listingNotices.filter((notice) => isWithin(notice.filePath, directory)), ...unreadable];
  }

  /** The config problem of every loaded project (each project whose harden.config.json is invalid). */
  configProblems(): ConfigProblem[] {
    return [...this.projects.values()].flatMap((project) => (project.configProblem ? [project.configProblem] : []));
  }

  rootOf(filePath: string): string {
    return this.projectOf(filePath).location.root;
  }

  /** A type checker for fixes to the project holding `filePath`, against the files as the engine sees them now. */
  fixVerifierFor(filePath: string): FixVerifier {
    const project = this.projectOf(filePath);
    return createFixVerifier(project.location.root, (file) => this.textOf(file), this.projectConfigOf(project).settings.packages ?? []);
  }

  private projectOf(filePath: string): HostedProject {
    let project = this.projectByPath.get(filePath);
    if (!project) {
      project = this.findProjectOf(filePath);
      this.projectByPath.set(filePath, project);
    }
    return project;
  }

  private findProjectOf(filePath: string): HostedProject {
    const existingPath = nearestExisting(filePath);
    for (const project of this.projects.values()) {
      if (isWithin(existingPath, project.location.root) && !this.hasNestedProject(project, existingPath)) return project;
    }
    const location = locateProject(existingPath);
    const known = this.projects.get(location.root);
    if (known) return known;
    const project = findProject(location, this.registry);
    this.projects.set(location.root, project);
    // A path that went to a project holding this one's root now goes to this one.
    this.projectByPath.clear();
    this.projectLoaded();
    return project;
  }

  private hasNestedProject(project: HostedProject, filePath: string): boolean {
    return [...this.projects.keys()].some((root) => root !== project.location.root && isWithin(root, project.location.root) && isWithin(filePath, root));
  }

  /**
   * A disk file of the project, read now when the load has not reached it yet (before the project is even listed,
   * when it is a source the config does not ignore). `same`: the file as just summarised from an editor's text,
   * reused when the disk holds that text.
   */
  private diskFileOf(project: HostedProject, filePath: string, same?: OpenDocument): DiskFile | undefined {
    const isUnread = project.unread ? project.unread.has(filePath) : !project.diskFiles.has(filePath) && this.isProjectSource(project, filePath);
    if (isUnread) this.readUnread(project, filePath, same);
    return project.diskFiles.get(filePath);
  }

  /** What the engine analyses: the open document, else the disk file read and parsed again (and summarised again when it changed unnoticed). */
  private sourceOf(project: HostedProject, filePath: string): { text: string; sourceFile: ts.SourceFile; summary: FileSummary } | undefined {
    const overlay = this.overlays.get(filePath);
    if (overlay) return overlay;
    const disk = this.diskFileOf(project, filePath);
    const outcome = disk && readSourceFile(filePath);
    if (!outcome || !("text" in outcome)) return undefined;
    const { text } = outcome;
    const sourceFile = parseSource(filePath, text);
    const contentHash = hashText(text);
    if (contentHash === disk!.contentHash) return { text, sourceFile, summary: disk!.summary };
    const summary = summarizeFile(filePath, sourceFile);
    project.diskFiles.set(filePath, { contentHash, summary });
    project.model = undefined;
    return { text, sourceFile, summary };
  }

  private isProjectSource(project: HostedProject, filePath: string): boolean {
    // Listing `filePath` answers for a file; for a folder (`file:` names `/`) it would walk all of it.
    return isSourceFile(filePath) && isWithin(filePath, project.location.root) && findSourceFiles(filePath, { root: project.location.root, ignore: project.config.ignore }).length > 0;
  }

  /** The files the load has still to read; the first call lists the project. */
  private unreadOf(project: HostedProject): Set<string> {
    if (!project.unread) {
      const { root } = project.location;
      project.listingNotices = [];
      // A file with no project above it (e.g. `/scratch.ts`) would make the whole filesystem its project: it is
      // analysed alone.
      const isFilesystemRoot = path.dirname(root) === root;
      const onNotice = (notice: Notice): void => void project.listingNotices.push(notice);
      const listed = isFilesystemRoot ? [] : findSourceFiles(root, { root, ignore: project.config.ignore, onNotice });
      project.unread = new Set(listed.filter((filePath) => !project.diskFiles.has(filePath)));
    }
    return project.unread;
  }

  private openCache(project: HostedProject): SummaryCache | undefined {
    const { diskCache } = this;
    return diskCache && SummaryCache.open(path.join(project.location.root, defaultCacheLocation), project.config.settings.root, diskCache.version, diskCache.key);
  }

  private readUnread(project: HostedProject, filePath: string, same?: OpenDocument): void {
    project.unread?.delete(filePath);
    const read = readDiskFile(filePath, project.loading?.cache, same);
    project.diskFiles.set(filePath, read?.file);
    if (read?.cached && project.loading) project.loading.cachedFiles++;
    project.model = undefined;
  }

  private completeLoading(project: HostedProject, loading: NonNullable<HostedProject["loading"]>): void {
    if (loading.cache && fs.existsSync(path.join(project.location.root, "node_modules"))) loading.cache.save();
    project.loading = undefined;
    const files = [...project.diskFiles.values()].filter(Boolean).length;
    const { startedAt, cachedFiles, cache } = loading;
    this.projectComplete({ root: project.location.root, files, cachedFiles, cacheRejected: cache?.rejected, durationMs: performance.now() - startedAt, notices: project.listingNotices });
  }

  private invalidateIfChanged(project: HostedProject, before: Summarised | undefined, after: Summarised | undefined): boolean {
    const changed = linkFingerprint(before) !== linkFingerprint(after);
    // The model holds the summaries, whose spans move with any edit; when only spans moved, it keeps what they cannot
    // change, and when the facts changed in a file that stays, what rests on the files and paths alone.
    const { model } = project;
    project.model = !model || !before || !after ? undefined : changed ? model.withEditedFacts(after.summary) : model.withMovedSpans(after.summary);
    return changed;
  }

  private modelOf(project: HostedProject): ProjectModel {
    if (!project.model) {
      const summaries = new Map<string, FileSummary>();
      for (const [filePath, file] of project.diskFiles) if (file) summaries.set(filePath, file.summary);
      for (const [filePath, overlay] of this.overlays) if (isWithin(filePath, project.location.root)) summaries.set(filePath, overlay.summary);
      project.model = new ProjectModel(summaries.values(), (project.projectConfig ?? project.config).settings);
    }
    return project.model;
  }

  /** Walks the project for its setup files the first time; a model linked without them is linked again. */
  private projectConfigOf(project: HostedProject): ResolvedConfig {
    if (!project.projectConfig) {
      project.projectConfig = withModuleAliases(project.config);
      project.model = undefined;
    }
    return project.projectConfig;
  }

  /**
   * Before the project loads: the setup files along `filePath`'s folders, which declare its package and deployment,
   * all that a file-local analysis reads of them (the rest, module aliases above all, it reads through the model).
   */
  private configBeforeLoad(project: HostedProject, filePath: string): ResolvedConfig {
    return project.projectConfig ?? withModuleAliases(project.config, findModuleAliasFilesAlong(project.location.root, filePath));
  }

  private effectiveConfig(config: ResolvedConfig): ResolvedConfig {
    const overrides = Object.entries(this.severityOverrides);
    if (overrides.length === 0) return config;
    const rules = new Map(config.rules);
    for (const [ruleId, severity] of overrides) {
      const rule = this.registry.find((candidate) => candidate.id === ruleId);
      if (!rule) continue;
      if (severity === "off") rules.delete(ruleId);
      else rules.set(ruleId, { severity, options: rules.get(ruleId)?.options ?? rule.meta.options?.parse({}) ?? {} });
    }
    return { ...config, rules };
  }

  private isIgnored(project: HostedProject, filePath: string): boolean {
    return isWithin(filePath, project.location.root) && !knows(project, filePath) && fs.existsSync(filePath)
      ? findSourceFiles(filePath, { root: project.location.root, ignore: project.config.ignore }).length === 0
      : false;
  }
}

/** The project's config; its files are listed and read by `load`, or one by one when first needed. */
function findProject(location: ProjectLocation, registry: readonly AnyRule[]): HostedProject {
  const startedAt = performance.now();
  const label = (filePath: string): string => path.basename(filePath);
  let config: ResolvedConfig;
  let configProblem: ConfigProblem | undefined;
  try {
    config = loadConfigFile(location, registry, label);
  } catch (error) {
    if (!(error instanceof ConfigError) && !(error instanceof Error && "code" in error)) throw error;
    // Analysis goes on with the defaults; the problem becomes a diagnostic on the config file.
    configProblem = { configPath: location.configPath!, message: (error as Error).message };
    config = resolveConfigFile(location, undefined, registry, label);
  }
  return { location, config, configProblem, diskFiles: new Map(), listingNotices: [], loading: { startedAt, cachedFiles: 0 } };
}

/** The files a project's root, config and module aliases come from (see project-location.ts and module-alias-files.ts). */
function isProjectSetupFile(filePath: string): boolean {
  const name = path.basename(filePath);
  return name === configFileName || name === "package.json" || name === "pnpm-workspace.yaml" || isCompilerConfigName(name);
}

function knows(project: HostedProject, filePath: string): boolean {
  return project.diskFiles.has(filePath) || project.unread?.has(filePath) === true;
}

/**
 * A disk file's summary (none when it cannot be analysed): `same`'s when it has that text, the cache's when the text
 * is the one cached, else parsed and summarised (and cached) now.
 */
function readDiskFile(filePath: string, cache: SummaryCache | undefined, same?: OpenDocument): { file?: DiskFile; cached: boolean } | undefined {
  const outcome = readSourceFile(filePath);
  if (!("text" in outcome)) return undefined;
  const { text } = outcome;
  const contentHash = hashText(text);
  const cached = cache?.lookup(filePath, contentHash);
  if (cached) return { file: cached.summary && { contentHash, summary: cached.summary, linkFingerprint: cached.linkFingerprint }, cached: true };
  if (same?.text === text) return { file: { contentHash, summary: same.summary }, cached: false };
  const { parsed, notices } = parseAndSummarize({ filePath, text });
  cache?.store(filePath, { contentHash, summary: parsed?.summary, parseNotices: notices });
  return { file: parsed && { contentHash, summary: parsed.summary }, cached: false };
}

/** Other files see a file only through its summary, and its spans only by their order. */
function linkFingerprint(file: Summarised | undefined): string | undefined {
  return file && (file.linkFingerprint ??= linkFingerprintOf(file.summary));
}

/** Characters compared at once while trimming the common prefix and suffix. */
const comparedChunk = 256;

/**
 * The one range that differs between two texts (common prefix and suffix trimmed), as the incremental parser wants it.
 * Trimmed a chunk at a time first: an edited document's text is a concatenation of slices, which character reads
 * walk every time (a 30 kB file took ~1 ms a keystroke character by character).
 */
export function changeRangeBetween(before: string, after: string): ts.TextChangeRange {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start + comparedChunk <= shorter && before.slice(start, start + comparedChunk) === after.slice(start, start + comparedChunk)) start += comparedChunk;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  const endChunk = (text: string): string => text.slice(text.length - end - comparedChunk, text.length - end);
  while (end + comparedChunk <= shorter - start && endChunk(before) === endChunk(after)) end += comparedChunk;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return ts.createTextChangeRange(ts.createTextSpan(start, before.length - start - end), after.length - start - end);
}

function describeUnreadable(filePath: string): string {
  const outcome = readSourceFile(filePath);
  return "skipped" in outcome ? outcome.skipped : "skipped";
}

function nearestExisting(filePath: string): string {
  let current = filePath;
  while (!fs.existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return fs.realpathSync(current);
}
