// Builds a file's FileSummary in one walk over raw TypeScript nodes, dispatching each node to the
// framework extractors that listen for its kind. Extractors record data only; they never report findings.
import { ts } from "ts-morph";
import { emptySummary, type FileSummary } from "./types.js";
import { extractors } from "./extractors.js";
import { walkPreOrder } from "../engine/walk.js";

export interface ExtractionContext {
  filePath: string;
  sourceFile: ts.SourceFile;
  summary: FileSummary;
}

export interface Extractor {
  /** Node kinds this extractor wants to see; the walk calls `visit` only for these. */
  kinds: readonly ts.SyntaxKind[];
  visit(node: ts.Node, context: ExtractionContext): void;
  /** Runs after the walk, for facts that need the whole file (e.g. exports resolved to handlers). */
  finish?(context: ExtractionContext): void;
}

const extractorsByKind = new Map<ts.SyntaxKind, Extractor[]>();
for (const extractor of extractors) {
  for (const kind of extractor.kinds) extractorsByKind.set(kind, [...(extractorsByKind.get(kind) ?? []), extractor]);
}

export function summarizeFile(filePath: string, sourceFile: ts.SourceFile): FileSummary {
  const context: ExtractionContext = { filePath, sourceFile, summary: emptySummary(filePath, "node") };
  walkPreOrder(sourceFile, (node) => {
    const listeners = extractorsByKind.get(node.kind);
    if (listeners) for (const extractor of listeners) extractor.visit(node, context);
  });
  for (const extractor of extractors) extractor.finish?.(context);
  return context.summary;
}
