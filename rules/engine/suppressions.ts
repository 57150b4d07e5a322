// `// harden-ignore-next-line <rule-id> -- <reason>` and `// harden-ignore-file <rule-id> -- <reason>`,
// read from the comments the syntax tree attaches to nodes, so strings and templates never match.
import { ts } from "ts-morph";
import { lineBreakOf } from "./apply-edits.js";
import type { Finding, Span, TextEdit } from "./types.js";

export interface Suppression {
  scope: "next-line" | "file";
  ruleIds: string[];
  reason: string;
  span: Span;
  /** 0-based line the comment ends on. */
  line: number;
  usedBy: Set<string>;
}

const directive = /^(?:\/\/|\/\*)\s*harden-ignore-(next-line|file)\b(.*?)(?:\*\/)?\s*$/s;

/** The reason the editor's "Ignore …" quick fix writes for the user to replace. */
export const reasonPlaceholder = "TODO: say why this is safe";
/**
 * Text that holds a reason's place without giving one: the quick fix's placeholder, a TODO/FIXME/TBD/XXX note, a
 * `<template>`, dots or question marks.
 */
const placeholder = /^(?:(?:todo|fixme|tbd|xxx)\b.*|<[^>]*>|\.+|\?+|say why this is safe\.?)$/i;

/** Whether the suppression says why: a reason that only holds the place of one does not. */
export function hasReason(suppression: Suppression): boolean {
  return suppression.reason !== "" && !placeholder.test(suppression.reason);
}

export function collectSuppressions(sourceFile: ts.SourceFile, nodes: Iterable<ts.Node>): Suppression[] {
  const text = sourceFile.text;
  if (!text.includes("harden-ignore-")) return [];
  const seen = new Set<number>();
  const suppressions: Suppression[] = [];
  const readRanges = (ranges: ts.CommentRange[] | undefined): void => {
    for (const range of ranges ?? []) {
      if (seen.has(range.pos)) continue;
      seen.add(range.pos);
      const suppression = parseDirective(text.slice(range.pos, range.end), range, sourceFile);
      if (suppression) suppressions.push(suppression);
    }
  };
  for (const node of nodes) {
    readRanges(ts.getLeadingCommentRanges(text, node.pos));
    readRanges(ts.getTrailingCommentRanges(text, node.end));
  }
  return suppressions.sort((a, b) => a.span.start - b.span.start);
}

function parseDirective(comment: string, range: ts.CommentRange, sourceFile: ts.SourceFile): Suppression | undefined {
  const match = directive.exec(comment);
  if (!match) return undefined;
  const body = match[2] ?? "";
  const separator = body.indexOf("--");
  const idsText = separator === -1 ? body : body.slice(0, separator);
  const reason = separator === -1 ? "" : body.slice(separator + 2).trim();
  return {
    scope: match[1] === "file" ? "file" : "next-line",
    ruleIds: idsText.split(/[\s,]+/).filter(Boolean),
    reason,
    span: { start: range.pos, end: range.end },
    line: sourceFile.getLineAndCharacterOfPosition(range.end).line,
    usedBy: new Set(),
  };
}

/** Marks and returns the suppression that covers a finding of `ruleId` starting on 0-based `line`, if any. */
export function findSuppression(suppressions: readonly Suppression[], ruleId: string, line: number): Suppression | undefined {
  const match = suppressions.find(
    (s) => s.ruleIds.includes(ruleId) && (s.scope === "file" || s.line + 1 === line),
  );
  match?.usedBy.add(ruleId);
  return match;
}

/**
 * The comment that silences `finding`, with the placeholder reason for the user to replace: `next-line` goes on its
 * own line above the finding's line, indented like it; `file` goes at the top (below a `#!` line). Placed from the
 * syntax tree: undefined for `next-line` when the finding's line starts inside a multi-line string, template or JSX
 * text, where a comment line would change the value instead of silencing the finding.
 */
export function suppressionEdit(finding: Finding, text: string, scope: Suppression["scope"]): TextEdit | undefined {
  let offset = 0;
  let indent = "";
  if (scope === "next-line") {
    offset = text.lastIndexOf("\n", finding.span.start - 1) + 1;
    const line = text.slice(offset, finding.span.start);
    indent = line.slice(0, line.length - line.trimStart().length);
    if (offset > 0 && isInsideText(finding.filePath, text, offset)) return undefined;
  } else if (text.startsWith("#!")) {
    offset = text.indexOf("\n") + 1;
  }
  const newText = `${indent}// harden-ignore-${scope} ${finding.ruleId} -- ${reasonPlaceholder}${lineBreakOf(text)}`;
  return { filePath: finding.filePath, start: offset, end: offset, newText };
}

const textKinds = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.JsxText,
]);

/** Whether `offset` lies inside the text of a literal or JSX text rather than between tokens. */
function isInsideText(filePath: string, text: string, offset: number): boolean {
  const sourceFile = ts.createSourceFile(filePath, text, ts.ScriptTarget.Latest, false);
  const visit = (node: ts.Node): boolean => {
    if (offset <= node.pos || offset >= node.end) return false;
    if (textKinds.has(node.kind)) return (node.kind === ts.SyntaxKind.JsxText ? node.pos : node.getStart(sourceFile)) < offset;
    return ts.forEachChild(node, visit) === true;
  };
  return ts.forEachChild(sourceFile, visit) === true;
}
