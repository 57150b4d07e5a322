// One thread's share of linting, in the CLI's main thread or a lint worker: parses and summarises files, keeping
// some of their trees, then runs the rules on files against the whole project's summaries, reusing the trees it kept.
import type { ResolvedConfig } from "../../rules/engine/config.js";
import { analyzeParsed, parseAndSummarize, parseForAnalysis, type ParsedFile, type SourceText } from "../../rules/lint-project.js";
import { registry } from "../../rules/index.js";
import { ProjectModel } from "../../rules/model/project-model.js";
import type { CodeRole } from "../../rules/model/code-role.js";
import type { FileSummary } from "../../rules/model/types.js";
import type { AnalysisResult, SummarizedResult } from "./parallel-lint.js";

/** A tree takes about 37 times its text's memory (2,000 generated files: 556 MB of trees for 15 MB of text). */
const treeBytesPerTextChar = 37;

export class LintSession {
  private readonly parsedFiles = new Map<string, ParsedFile>();
  private readonly textsToReparse = new Map<string, string>();
  private keptTreeBytes = 0;

  /** `treeBudgetBytes`: the memory this thread may keep in trees between the two halves (see parallel-lint.ts). */
  constructor(
    private readonly config: ResolvedConfig,
    private readonly treeBudgetBytes: number,
  ) {}

  /** `keepTrees`: the rules will run on these files, so their trees are worth keeping (within the budget). */
  summarize(sources: readonly SourceText[], keepTrees: boolean): SummarizedResult[] {
    return sources.map((source) => {
      const { parsed, notices } = parseAndSummarize(source);
      if (!keepTrees) return { filePath: source.filePath, summary: parsed?.summary, notices };
      const treeBytes = source.text.length * treeBytesPerTextChar;
      if (parsed && this.keptTreeBytes + treeBytes <= this.treeBudgetBytes) {
        this.parsedFiles.set(source.filePath, parsed);
        this.keptTreeBytes += treeBytes;
      } else if (parsed) this.textsToReparse.set(source.filePath, source.text);
      return { filePath: source.filePath, summary: parsed?.summary, notices };
    });
  }

  /**
   * The rules for `filePaths` against the project linked from `summaries`, then the kept trees are dropped. A file
   * this session did not parse (its summary came from the cache) is parsed from `unparsed`. A file's own summary is
   * taken from the linked list: rules may compare it by identity with the project's. `knownCodeRoles` are roles an
   * earlier analysis of the same links gave (see ProjectModel).
   */
  analyze(
    summaries: FileSummary[],
    filePaths: readonly string[],
    unparsed: readonly SourceText[],
    knownCodeRoles: ReadonlyArray<[string, CodeRole]>,
    onAnalysed: (done: number) => void,
  ): AnalysisResult[] {
    const project = new ProjectModel(summaries, this.config.settings, new Map(knownCodeRoles));
    const summaryOf = new Map(summaries.map((summary) => [summary.filePath, summary]));
    for (const source of unparsed) this.textsToReparse.set(source.filePath, source.text);
    const results = filePaths.map((filePath, index): AnalysisResult => {
      const parsed = this.parsedFiles.get(filePath) ?? parseForAnalysis({ filePath, text: this.textsToReparse.get(filePath)! });
      const analysis = "sourceFile" in parsed
        ? analyzeParsed({ sourceFile: parsed.sourceFile, summary: summaryOf.get(filePath)! }, { registry, config: this.config, project })
        : parsed;
      this.parsedFiles.delete(filePath);
      this.textsToReparse.delete(filePath);
      onAnalysed(index + 1);
      const summary = summaryOf.get(filePath);
      return { filePath, analysis, ...(summary && "sourceFile" in parsed ? { codeRole: project.codeRoleOf(summary) } : {}) };
    });
    if (this.parsedFiles.size === 0) this.keptTreeBytes = 0;
    return results;
  }
}
