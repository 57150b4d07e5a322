// Lints a set of in-memory sources: parse and summarise each file, link the summaries, run the rules.
// Hosts (CLI, language server) own reading files; this module never touches the disk.
import { ts } from "ts-morph";
import { ProjectModel } from "../model/project-model.js";
import { summarizeFile } from "../model/summarize.js";
import type { FileSummary } from "../model/types.js";
import { analyzeFile, parseSource, type FileAnalysis } from "./analyze.js";
import type { ResolvedConfig } from "./config.js";
import type { AnyRule, Notice } from "./types.js";

export interface SourceText {
  filePath: string;
  text: string;
}

export interface LintResult {
  files: FileAnalysis[];
  /** Files that could not be analysed at all, each with a one-line reason. */
  notices: Notice[];
}

interface ParsedFile {
  sourceFile: ts.SourceFile;
  summary: FileSummary;
}

/** Called after each file is analysed, so a host can show progress on long runs. */
export type LintProgress = (filesDone: number, filesTotal: number) => void;

export function lintSources(
  sources: readonly SourceText[],
  config: ResolvedConfig,
  registry: readonly AnyRule[],
  onProgress?: LintProgress,
): LintResult {
  const notices: Notice[] = [];
  const parsed: ParsedFile[] = [];
  for (const source of sources) {
    try {
      const sourceFile = parseSource(source.filePath, source.text);
      const syntaxError = firstSyntaxError(sourceFile);
      if (syntaxError) notices.push({ filePath: source.filePath, message: syntaxError });
      parsed.push({ sourceFile, summary: summarizeFile(source.filePath, sourceFile) });
    } catch (error) {
      notices.push({ filePath: source.filePath, message: `skipped: ${describeFailure(error)}` });
    }
  }
  const project = new ProjectModel(
    parsed.map((file) => file.summary),
    config.settings,
  );
  const files: FileAnalysis[] = [];
  for (const { sourceFile, summary } of parsed) {
    try {
      files.push(analyzeFile(sourceFile, summary, { registry, config, project }));
    } catch (error) {
      notices.push({ filePath: sourceFile.fileName, message: `skipped: ${describeFailure(error)}` });
    }
    onProgress?.(files.length, parsed.length);
  }
  return { files, notices };
}

/** The parser recovers from syntax errors; the file is still analysed, but its owner should know why findings may be missing. */
function firstSyntaxError(sourceFile: ts.SourceFile): string | undefined {
  const diagnostics = (sourceFile as unknown as { parseDiagnostics?: readonly ts.DiagnosticWithLocation[] }).parseDiagnostics;
  const first = diagnostics?.[0];
  if (!first) return undefined;
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(first.start);
  const message = ts.flattenDiagnosticMessageText(first.messageText, " ");
  return `syntax error at ${line + 1}:${character + 1} (${message}); analysed as far as it parses`;
}

function describeFailure(error: unknown): string {
  if (error instanceof RangeError) return "too deeply nested to analyse";
  return error instanceof Error ? error.message.split("\n")[0]! : String(error);
}
