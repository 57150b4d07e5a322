// Keeps the projects an editor works on in memory: each file parsed and summarised once per text, open documents
// overlaid on disk files, config reloaded on demand and the link step redone when a summary changes. No LSP here.
import * as fs from "node:fs";
import * as path from "node:path";
import type { ts } from "ts-morph";
import { analyzeFile, parseSource, type FileAnalysis } from "../../rules/engine/analyze.js";
import { ConfigError, resolveConfig, type ResolvedConfig } from "../../rules/engine/config.js";
import type { AnyRule, Notice, SeveritySetting } from "../../rules/engine/types.js";
import { ProjectModel } from "../../rules/model/project-model.js";
import { summarizeFile } from "../../rules/model/summarize.js";
import type { FileSummary } from "../../rules/model/types.js";
import { isWithin, loadProjectConfig } from "./load-project.js";
import { locateProject, type ProjectLocation } from "./project-location.js";
import { readSourceFile } from "./read-source.js";
import { findSourceFiles, isSourceFile } from "./source-files.js";

export interface ConfigProblem {
  configPath: string;
  message: string;
}

interface ParsedFile {
  text: string;
  /** Kept for open documents only: a disk file's tree is parsed again when it is analysed, so a large workspace holds summaries, not trees. */
  sourceFile?: ts.SourceFile;
  summary: FileSummary;
  /** The summary without spans: it changes only when a cross-file fact may have changed. */
  signature: string;
}

interface HostedProject {
  location: ProjectLocation;
  config: ResolvedConfig;
  configProblem?: ConfigProblem;
  /** Disk files of the project (ignore globs applied), by real path; undefined text = not readable as a source. */
  diskFiles: Map<string, ParsedFile | undefined>;
  model?: ProjectModel;
}

export interface HostAnalysis extends FileAnalysis {
  /** The text the findings' spans refer to. */
  text: string;
}

export class ProjectHost {
  private readonly projects = new Map<string, HostedProject>();
  private readonly overlays = new Map<string, ParsedFile>();
  private severityOverrides: Record<string, SeveritySetting> = {};
  private projectLoaded: () => void = () => {};

  constructor(private readonly registry: readonly AnyRule[]) {}

  /** Editor settings win over harden.config.json; "off" disables a rule. */
  setSeverityOverrides(overrides: Record<string, SeveritySetting>): void {
    this.severityOverrides = overrides;
  }

  /** Called after a project (and its config) is loaded or reloaded, e.g. to show its config problem. */
  onProjectLoaded(listener: () => void): void {
    this.projectLoaded = listener;
  }

  /** Sets an open document's text; returns whether a cross-file fact (its summary) may have changed. */
  setOverlay(filePath: string, text: string): boolean {
    const before = this.overlays.get(filePath) ?? this.projectOf(filePath).diskFiles.get(filePath);
    if (before?.text === text) {
      if (before && !this.overlays.has(filePath)) this.overlays.set(filePath, { ...before, sourceFile: before.sourceFile ?? parseSource(filePath, text) });
      return false;
    }
    const parsed = parseFile(filePath, text, { keepTree: true });
    this.overlays.set(filePath, parsed);
    return this.invalidateIfChanged(filePath, before, parsed);
  }

  /** The document was closed: its disk text counts again. */
  removeOverlay(filePath: string): boolean {
    const overlay = this.overlays.get(filePath);
    if (!overlay) return false;
    this.overlays.delete(filePath);
    return this.invalidateIfChanged(filePath, overlay, this.projectOf(filePath).diskFiles.get(filePath));
  }

  /** A file changed, appeared or vanished outside the editor; returns whether the projects' facts changed. */
  fileChangedOnDisk(filePath: string): boolean {
    if (path.basename(filePath) === "harden.config.json" || ["package.json", "tsconfig.json"].includes(path.basename(filePath))) {
      // The project root or its config may have moved: drop every project under the file's directory.
      for (const root of [...this.projects.keys()]) if (isWithin(root, path.dirname(filePath))) this.projects.delete(root);
      return true;
    }
    const project = [...this.projects.values()].find((p) => p.diskFiles.has(filePath) || isWithin(filePath, p.location.root));
    if (!project || !isSourceFile(filePath)) return false;
    const before = project.diskFiles.get(filePath);
    const outcome = fs.existsSync(filePath) ? readSourceFile(filePath) : undefined;
    const after = outcome && "text" in outcome ? parseFile(filePath, outcome.text) : undefined;
    if (outcome) project.diskFiles.set(filePath, after);
    else project.diskFiles.delete(filePath);
    if (this.overlays.has(filePath)) return false;
    return this.invalidateIfChanged(filePath, before, after);
  }

  /** Analyses one file against its project; undefined when it is not a source file or is ignored. */
  analyze(filePath: string): HostAnalysis | undefined {
    const project = this.projectOf(filePath);
    const parsed = this.overlays.get(filePath) ?? project.diskFiles.get(filePath);
    if (!parsed || !isSourceFile(filePath) || this.isIgnored(project, filePath)) return undefined;
    const config = this.effectiveConfig(project);
    const sourceFile = parsed.sourceFile ?? parseSource(filePath, parsed.text);
    const analysis = analyzeFile(sourceFile, parsed.summary, { registry: this.registry, config, project: this.modelOf(project) });
    return { ...analysis, text: parsed.text };
  }

  /** The current text of a file as the engine sees it (open document or disk). */
  textOf(filePath: string): string | undefined {
    return this.overlays.get(filePath)?.text ?? this.projectOf(filePath).diskFiles.get(filePath)?.text;
  }

  /** Every analysable file of the project holding `directory`, sorted. */
  filesOf(directory: string): string[] {
    const project = this.projectOf(directory);
    const files = new Set([...project.diskFiles.keys()].filter((filePath) => project.diskFiles.get(filePath) && isWithin(filePath, directory)));
    for (const filePath of this.overlays.keys()) if (isWithin(filePath, directory) && this.projectOf(filePath) === project) files.add(filePath);
    return [...files].sort();
  }

  /** Files the project could not read, each with a one-line reason. */
  readNotices(directory: string): Notice[] {
    const project = this.projectOf(directory);
    return [...project.diskFiles].filter(([, parsed]) => !parsed).map(([filePath]) => ({ filePath, message: describeUnreadable(filePath) }));
  }

  /** The config problem of every loaded project (each project whose harden.config.json is invalid). */
  configProblems(): ConfigProblem[] {
    return [...this.projects.values()].flatMap((project) => (project.configProblem ? [project.configProblem] : []));
  }

  rootOf(filePath: string): string {
    return this.projectOf(filePath).location.root;
  }

  private projectOf(filePath: string): HostedProject {
    const existingPath = nearestExisting(filePath);
    for (const project of this.projects.values()) {
      if (isWithin(existingPath, project.location.root) && !this.hasNestedProject(project, existingPath)) return project;
    }
    const location = locateProject(existingPath);
    const known = this.projects.get(location.root);
    if (known) return known;
    const project = loadHostedProject(location, this.registry);
    this.projects.set(location.root, project);
    this.projectLoaded();
    return project;
  }

  private hasNestedProject(project: HostedProject, filePath: string): boolean {
    return [...this.projects.keys()].some((root) => root !== project.location.root && isWithin(root, project.location.root) && isWithin(filePath, root));
  }

  private invalidateIfChanged(filePath: string, before: ParsedFile | undefined, after: ParsedFile | undefined): boolean {
    const project = this.projectOf(filePath);
    // The model holds the summaries; any text change moves spans, so the model is rebuilt on every change.
    project.model = undefined;
    return before?.signature !== after?.signature;
  }

  private modelOf(project: HostedProject): ProjectModel {
    if (!project.model) {
      const summaries = new Map<string, FileSummary>();
      for (const [filePath, parsed] of project.diskFiles) if (parsed) summaries.set(filePath, parsed.summary);
      for (const [filePath, overlay] of this.overlays) if (isWithin(filePath, project.location.root)) summaries.set(filePath, overlay.summary);
      project.model = new ProjectModel(summaries.values(), project.config.settings);
    }
    return project.model;
  }

  private effectiveConfig(project: HostedProject): ResolvedConfig {
    const overrides = Object.entries(this.severityOverrides);
    if (overrides.length === 0) return project.config;
    const rules = new Map(project.config.rules);
    for (const [ruleId, severity] of overrides) {
      const rule = this.registry.find((candidate) => candidate.id === ruleId);
      if (!rule) continue;
      if (severity === "off") rules.delete(ruleId);
      else rules.set(ruleId, { severity, options: rules.get(ruleId)?.options ?? rule.meta.options?.parse({}) ?? {} });
    }
    return { ...project.config, rules };
  }

  private isIgnored(project: HostedProject, filePath: string): boolean {
    return isWithin(filePath, project.location.root) && !project.diskFiles.has(filePath) && fs.existsSync(filePath)
      ? findSourceFiles(filePath, { root: project.location.root, ignore: project.config.ignore }).length === 0
      : false;
  }
}

function loadHostedProject(location: ProjectLocation, registry: readonly AnyRule[]): HostedProject {
  let config: ResolvedConfig;
  let configProblem: ConfigProblem | undefined;
  try {
    config = loadProjectConfig(location, registry, (filePath) => path.basename(filePath));
  } catch (error) {
    if (!(error instanceof ConfigError) && !(error instanceof Error && "code" in error)) throw error;
    // Analysis goes on with the defaults; the problem becomes a diagnostic on the config file.
    configProblem = { configPath: location.configPath!, message: (error as Error).message };
    config = resolveConfig({}, registry, location.root, "(defaults)");
  }
  const diskFiles = new Map<string, ParsedFile | undefined>();
  for (const filePath of findSourceFiles(location.root, { root: location.root, ignore: config.ignore })) {
    const outcome = readSourceFile(filePath);
    diskFiles.set(filePath, "text" in outcome ? parseFile(filePath, outcome.text) : undefined);
  }
  return { location, config, configProblem, diskFiles };
}

function parseFile(filePath: string, text: string, { keepTree }: { keepTree: boolean } = { keepTree: false }): ParsedFile {
  const sourceFile = parseSource(filePath, text);
  const summary = summarizeFile(filePath, sourceFile);
  const signature = JSON.stringify(summary, (_key, value: unknown) => (isSpan(value) ? undefined : value));
  return { text, summary, signature, ...(keepTree ? { sourceFile } : {}) };
}

function isSpan(value: unknown): boolean {
  return typeof value === "object" && value !== null && Object.keys(value).length === 2 && "start" in value && "end" in value;
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
