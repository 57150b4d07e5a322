// What can be shown of a file before the rest of its project is known: the findings of the rules that, on this file,
// never consulted the project model. A rule sees other files only through that model, so what such a rule reports
// depends on the file alone: no other file can change it, and a partial project can never make it report a
// cross-file false positive (a router whose guard is mounted elsewhere stays unreported until the project is loaded).
import { analyzeFile, invalidSuppressionId, type AnalyzeOptions, type FileAnalysis } from "../../rules/engine/analyze.js";
import type { AnyRule } from "../../rules/engine/types.js";
import type { ProjectModel } from "../../rules/model/project-model.js";
import type { FileSummary } from "../../rules/model/types.js";
import type { ts } from "ts-morph";

export function analyzeFileLocally(sourceFile: ts.SourceFile, summary: FileSummary, options: AnalyzeOptions): FileAnalysis {
  const consulted = new Set<string>();
  const registry: AnyRule[] = options.registry.map((rule) => ({
    ...rule,
    check: (context) => rule.check({ ...context, project: watched(context.project, () => consulted.add(rule.id)) }),
  }));
  const analysis = analyzeFile(sourceFile, summary, { ...options, registry });
  // An unused-suppression finding hinges on whether its rule reports: final only when no rule looked elsewhere.
  const isFinal = (ruleId: string): boolean => !consulted.has(ruleId) && (ruleId !== invalidSuppressionId || consulted.size === 0);
  return { ...analysis, findings: analysis.findings.filter((finding) => isFinal(finding.ruleId)) };
}

/** The model as a rule sees it, noting any use of it. */
function watched(project: ProjectModel, onUse: () => void): ProjectModel {
  return new Proxy(project, {
    get(target, key) {
      onUse();
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
