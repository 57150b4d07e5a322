// The composition root: the engine's runner with the framework model as the facts rules read. The engine never
// imports the model (test/layers.test.ts holds it to that); whoever lints a project comes through here.
import { parseSource } from "./engine/analyze.js";
import type { ResolvedConfig } from "./engine/config.js";
import * as fixLoop from "./engine/fix-loop.js";
import * as engine from "./engine/lint.js";
import type { AnyRule, Finding, Notice, Span } from "./engine/types.js";
import { redact, type SecretRange } from "./model/previews.js";
import { frameworkFacts } from "./model/rule-facts.js";
import type { ProjectModel } from "./model/project-model.js";
import { inventoryRoutes, type InventoriedRoute } from "./model/route-inventory.js";
import { secretLiteralsOf } from "./model/secret-literals.js";

export { analyzeParsed, parseForAnalysis, type LintProgress, type LintResult, type ParsedFile, type SourceText, type SummarizedFile } from "./engine/lint.js";
export type { FixLoopOptions, FixLoopResult, FixVerifier } from "./engine/fix-loop.js";
export type { GuardRole, InventoriedGuard, InventoriedRoute } from "./model/route-inventory.js";

export interface ReportedRoute extends InventoriedRoute {
  /** 1-based line of the registration. */
  line: number;
  /** The findings inside the registration or its handler. */
  findings: Finding[];
}

export function lintSources(
  sources: readonly engine.SourceText[],
  config: ResolvedConfig,
  registry: readonly AnyRule[],
  onProgress?: engine.LintProgress,
): engine.LintResult {
  return engine.lintSources(sources, config, registry, frameworkFacts, onProgress);
}

/** The per-file half of linting that needs no other file: parse, note a syntax error, build the summary. */
export function parseAndSummarize(source: engine.SourceText): engine.SummarizedFile {
  return engine.parseAndSummarize(source, frameworkFacts);
}

/** Every route of the project (see route-inventory.ts) with its line and the findings on it. */
export function routeReport(sources: readonly engine.SourceText[], config: ResolvedConfig, registry: readonly AnyRule[]): { routes: ReportedRoute[]; notices: Notice[] } {
  const linted = engine.lintSources(sources, config, registry, frameworkFacts);
  const parsed = sources.flatMap((source) => parseAndSummarize(source).parsed ?? []);
  const project = frameworkFacts.link(
    parsed.map((file) => file.summary),
    config.settings,
  );
  const sourceFiles = new Map(parsed.map((file) => [file.summary.filePath, file.sourceFile]));
  const findingsByFile = new Map(linted.files.map((analysis) => [analysis.filePath, analysis.findings]));
  const routes = reportRoutes(project, {
    lineOf: (filePath, offset) => (sourceFiles.get(filePath)?.getLineAndCharacterOfPosition(offset).line ?? 0) + 1,
    findingsOf: (filePath) => findingsByFile.get(filePath) ?? [],
  });
  return { routes, notices: linted.notices };
}

/** Where a host keeps what the route report adds to the model's inventory: each file's lines and findings. */
export interface RouteReportSources {
  /** The 1-based line of an offset in a file. */
  lineOf(filePath: string, offset: number): number;
  /** The findings of a file (asked once per file that registers a route). */
  findingsOf(filePath: string): readonly Finding[];
}

/** The model's route inventory with each route's line and the findings inside its registration or its handler. */
export function reportRoutes(project: ProjectModel, sources: RouteReportSources): ReportedRoute[] {
  const findingsByFile = new Map<string, readonly Finding[]>();
  const findingsOf = (filePath: string): readonly Finding[] => {
    if (!findingsByFile.has(filePath)) findingsByFile.set(filePath, sources.findingsOf(filePath));
    return findingsByFile.get(filePath)!;
  };
  const isWithin = (span: Span, outer: Span | undefined): boolean => outer !== undefined && span.start >= outer.start && span.end <= outer.end;
  return inventoryRoutes(project).map((route) => ({
    ...route,
    line: sources.lineOf(route.filePath, route.span.start),
    findings: findingsOf(route.filePath).filter((finding) => isWithin(finding.span, route.span) || isWithin(finding.span, route.handler)),
  }));
}

export function fixUntilStable(
  sources: ReadonlyMap<string, string>,
  config: ResolvedConfig,
  registry: readonly AnyRule[],
  options: fixLoop.FixLoopOptions,
): fixLoop.FixLoopResult {
  return fixLoop.fixUntilStable(sources, config, registry, options, frameworkFacts);
}

/**
 * Where the source's text holds credentials, for a host that shows it (a dry-run diff, a fixture snapshot): the
 * literals the model finds holding one, and each `flagged` span that is a literal — pass the spans flagged by rules
 * whose flagged text may be a secret (`meta.flaggedTextIsSecret`: a random key under a secret name).
 */
export function secretRangesOf(source: engine.SourceText, flagged: readonly Span[] = []): SecretRange[] {
  return [...secretLiteralsOf(parseSource(source.filePath, source.text)), ...flagged.flatMap((span) => flaggedLiteralRange(source.text, span))];
}

/** A flagged span that is a literal, as the range of its value (its delimiters stay visible). */
function flaggedLiteralRange(text: string, span: Span): SecretRange[] {
  const literal = text.slice(span.start, span.end);
  const quote = literal[0];
  if (literal.length < 2 || (quote !== '"' && quote !== "'" && quote !== "`") || !literal.endsWith(quote)) return [];
  return [{ start: span.start + 1, end: span.end - 1, preview: redact(literal.slice(1, -1)) }];
}

