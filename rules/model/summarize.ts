// Builds a file's FileSummary in one walk over raw TypeScript nodes (the node index's, see node-index.ts), dispatching each node to the
// framework extractors that listen for its kind. Extractors record data only; they never report findings.
import { ts } from "ts-morph";
import { emptySummary, type FileSummary } from "./types.js";
import { extractors } from "./extractors.js";
import { redactSecretsIn } from "./secrets.js";
import { nodesInPreOrder } from "../engine/node-index.js";
import type { MemberMemo } from "../engine/member-memo.js";

export interface ExtractionContext {
  filePath: string;
  sourceFile: ts.SourceFile;
  summary: FileSummary;
  /** An open document's results per class member, from its previous version (see member-memo.ts). */
  memo?: MemberMemo;
}

export interface Extractor {
  /** Node kinds this extractor wants to see; the walk calls `visit` only for these. */
  kinds: readonly ts.SyntaxKind[];
  /** Text that everything this extractor records must contain: a file without a match is not walked for it. */
  textHint?: RegExp;
  visit(node: ts.Node, context: ExtractionContext): void;
  /** Runs after the walk, for facts that need the whole file (e.g. exports resolved to handlers). */
  finish?(context: ExtractionContext): void;
}

/** Extractors by node kind, indexed by `SyntaxKind` (an array lookup per node is cheaper than a Map's). */
type DispatchTable = Array<Extractor[] | undefined>;

/** Dispatch tables by which extractors a file's text admits; files admitting the same set share one table. */
const dispatchTables = new Map<string, DispatchTable>();

function dispatchTableFor(active: readonly Extractor[]): DispatchTable {
  const key = active.map((extractor) => extractors.indexOf(extractor)).join(",");
  let table = dispatchTables.get(key);
  if (!table) {
    table = [];
    for (const extractor of active) for (const kind of extractor.kinds) table[kind] = [...(table[kind] ?? []), extractor];
    dispatchTables.set(key, table);
  }
  return table;
}

/** `memo`: an open document's, carried from one version of its text to the next. */
export function summarizeFile(filePath: string, sourceFile: ts.SourceFile, memo?: MemberMemo): FileSummary {
  memo?.nextVersion();
  const context: ExtractionContext = { filePath, sourceFile, summary: emptySummary(filePath, "node"), memo };
  const active = extractors.filter((extractor) => !extractor.textHint || extractor.textHint.test(sourceFile.text));
  const extractorsByKind = dispatchTableFor(active);
  // The walk that indexes the file's nodes is the only one: extractors' questions about a body read the index too.
  for (const node of nodesInPreOrder(sourceFile)) {
    const listeners = extractorsByKind[node.kind];
    if (listeners) for (const extractor of listeners) extractor.visit(node, context);
  }
  for (const extractor of active) extractor.finish?.(context);
  redactStrings(context.summary);
  return context.summary;
}

/**
 * Every string the summary keeps from the source (route paths, prefixes, names) with its credentials shown as
 * previews: messages quote route paths, and summaries are cached on disk and shared between files.
 */
function redactStrings(value: object): void {
  // Summaries are mostly arrays: an index loop spares building each one's list of keys.
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const element: unknown = value[index];
      if (typeof element === "string") value[index] = redactSecretsIn(element);
      else if (typeof element === "object" && element !== null) redactStrings(element);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const field = record[key];
    if (typeof field === "string") {
      const redacted = redactSecretsIn(field);
      if (redacted !== field) record[key] = redacted;
    } else if (typeof field === "object" && field !== null) {
      redactStrings(field);
    }
  }
}
