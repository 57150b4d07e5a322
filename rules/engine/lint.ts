// Lints a set of in-memory sources: parse and summarise each file, link the summaries, run the rules. The facts
// (summaries and their linking) come from the supplier the caller hands in (see rules/lint-project.ts).
// Hosts (CLI, language server) own reading files; this module never touches the disk.
import { ts } from "ts-morph";
import { analyzeFile, parseDiagnosticsOf, parseSource, type AnalyzeOptions, type FileAnalysis } from "./analyze.js";
import type { ResolvedConfig } from "./config.js";
import type { AnyRule, FactsSupplier, Notice, RuleFile } from "./types.js";

export interface SourceText {
  filePath: string;
  text: string;
}

export interface LintResult {
  files: FileAnalysis[];
  /** Files that could not be analysed at all, each with a one-line reason. */
  notices: Notice[];
}

export interface ParsedFile {
  sourceFile: ts.SourceFile;
  summary: RuleFile;
}

/** A file parsed and summarised, or the reason it could not be; `notices` also carries a recovered syntax error. */
export interface SummarizedFile {
  parsed?: ParsedFile;
  notices: Notice[];
}

/** Called after each file is analysed, so a host can show progress on long runs. */
export type LintProgress = (filesDone: number, filesTotal: number) => void;

export function lintSources(
  sources: readonly SourceText[],
  config: ResolvedConfig,
  registry: readonly AnyRule[],
  facts: FactsSupplier,
  onProgress?: LintProgress,
): LintResult {
  const notices: Notice[] = [];
  const parsed: ParsedFile[] = [];
  for (const source of sources) {
    const summarized = parseAndSummarize(source, facts);
    notices.push(...summarized.notices);
    if (summarized.parsed) parsed.push(summarized.parsed);
  }
  const project = facts.link(
    parsed.map((file) => file.summary),
    config.settings,
  );
  const files: FileAnalysis[] = [];
  for (const file of parsed) {
    const analysed = analyzeParsed(file, { registry, config, project });
    if ("skipped" in analysed) notices.push(analysed.skipped);
    else files.push(analysed);
    onProgress?.(files.length, parsed.length);
  }
  return { files, notices };
}

/** The per-file half of linting that needs no other file: parse, note a syntax error, build the summary. */
export function parseAndSummarize(source: SourceText, facts: FactsSupplier): SummarizedFile {
  try {
    const sourceFile = parseSource(source.filePath, source.text);
    const syntaxError = firstSyntaxError(sourceFile);
    const notices = syntaxError ? [{ filePath: source.filePath, message: syntaxError }] : [];
    return { parsed: { sourceFile, summary: facts.summarize(source.filePath, sourceFile) }, notices };
  } catch (error) {
    return { notices: [{ filePath: source.filePath, message: `skipped: ${describeFailure(error)}` }] };
  }
}

/** A file parsed again for its analysis, its summary being known already; a file that cannot be parsed becomes a notice. */
export function parseForAnalysis(source: SourceText): { sourceFile: ts.SourceFile } | { skipped: Notice } {
  try {
    return { sourceFile: parseSource(source.filePath, source.text) };
  } catch (error) {
    return { skipped: { filePath: source.filePath, message: `skipped: ${describeFailure(error)}` } };
  }
}

/** Runs the rules on one parsed file against the linked project; a file the engine cannot finish becomes a notice. */
export function analyzeParsed(file: ParsedFile, options: AnalyzeOptions): FileAnalysis | { skipped: Notice } {
  try {
    return analyzeFile(file.sourceFile, file.summary, options);
  } catch (error) {
    return { skipped: { filePath: file.summary.filePath, message: `skipped: ${describeFailure(error)}` } };
  }
}

/** The parser recovers from syntax errors; the file is still analysed, but its owner should know why findings may be missing. */
function firstSyntaxError(sourceFile: ts.SourceFile): string | undefined {
  const first = parseDiagnosticsOf(sourceFile)[0];
  if (!first) return undefined;
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(first.start);
  const message = ts.flattenDiagnosticMessageText(first.messageText, " ");
  return `syntax error at ${line + 1}:${character + 1} (${message}); analysed as far as it parses`;
}

function describeFailure(error: unknown): string {
  if (error instanceof RangeError) return "too deeply nested to analyse";
  return error instanceof Error ? error.message.split("\n")[0]! : String(error);
}
