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

export function lintSources(sources: readonly SourceText[], config: ResolvedConfig, registry: readonly AnyRule[]): LintResult {
  const notices: Notice[] = [];
  const parsed: ParsedFile[] = [];
  for (const source of sources) {
    try {
      const sourceFile = parseSource(source.filePath, source.text);
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
  }
  return { files, notices };
}

function describeFailure(error: unknown): string {
  if (error instanceof RangeError) return "too deeply nested to analyse";
  return error instanceof Error ? error.message.split("\n")[0]! : String(error);
}
