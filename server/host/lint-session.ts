// One thread's share of linting, in the CLI's main thread or a lint worker: parses and summarises files, keeping
// their trees, then runs the rules on files against the whole project's summaries, reusing the trees it kept.
import type { ResolvedConfig } from "../../rules/engine/config.js";
import { analyzeParsed, parseAndSummarize, type ParsedFile, type SourceText } from "../../rules/engine/lint.js";
import { registry } from "../../rules/index.js";
import { ProjectModel } from "../../rules/model/project-model.js";
import type { FileSummary } from "../../rules/model/types.js";
import type { AnalysisResult, SummarizedResult } from "./parallel-lint.js";

export class LintSession {
  private readonly parsedFiles = new Map<string, ParsedFile>();

  constructor(private readonly config: ResolvedConfig) {}

  summarize(sources: readonly SourceText[]): SummarizedResult[] {
    return sources.map((source) => {
      const { parsed, notices } = parseAndSummarize(source);
      if (parsed) this.parsedFiles.set(source.filePath, parsed);
      return { filePath: source.filePath, summary: parsed?.summary, notices };
    });
  }

  /**
   * The rules for `filePaths` against the project linked from `summaries`, then the kept trees are dropped. A file
   * this session did not parse (its summary came from the cache) is parsed from `unparsed`. A file's own summary is
   * taken from the linked list: rules may compare it by identity with the project's.
   */
  analyze(summaries: FileSummary[], filePaths: readonly string[], unparsed: readonly SourceText[], onAnalysed: (done: number) => void): AnalysisResult[] {
    const project = new ProjectModel(summaries, this.config.settings);
    const summaryOf = new Map(summaries.map((summary) => [summary.filePath, summary]));
    const textOf = new Map(unparsed.map((source) => [source.filePath, source.text]));
    const results = filePaths.map((filePath, index): AnalysisResult => {
      const reparsed = this.parsedFiles.has(filePath) ? undefined : parseAndSummarize({ filePath, text: textOf.get(filePath)! });
      const sourceFile = this.parsedFiles.get(filePath)?.sourceFile ?? reparsed?.parsed?.sourceFile;
      const analysis = sourceFile
        ? analyzeParsed({ sourceFile, summary: summaryOf.get(filePath)! }, { registry, config: this.config, project })
        : { skipped: reparsed!.notices.at(-1)! };
      onAnalysed(index + 1);
      return { filePath, analysis };
    });
    this.parsedFiles.clear();
    return results;
  }
}
