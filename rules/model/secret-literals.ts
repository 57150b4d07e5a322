// Which string literals hold a credential, by source range: the one notion of "a flagged secret" that messages,
// dry-run diffs and caches share. Decided on each literal's decoded value, so escapes (`\/`, `\u0035`) and line
// breaks inside a template literal change nothing; a quoted literal shows its preview between its own delimiters.
import { ts } from "ts-morph";
import type { Span } from "../engine/types.js";
import { redact, withPreviews, type SecretRange } from "./previews.js";
import { findSecretFormat } from "./secrets.js";

const { SyntaxKind } = ts;

/** Delimiters around the value of each kind of literal token: `"…"`, `` `…` ``, `` `…${ ``, `}…${`, `` }…` ``. */
const delimiters: Partial<Record<ts.SyntaxKind, { open: number; close: number }>> = {
  [SyntaxKind.StringLiteral]: { open: 1, close: 1 },
  [SyntaxKind.NoSubstitutionTemplateLiteral]: { open: 1, close: 1 },
  [SyntaxKind.TemplateHead]: { open: 1, close: 2 },
  [SyntaxKind.TemplateMiddle]: { open: 1, close: 2 },
  [SyntaxKind.TemplateTail]: { open: 1, close: 1 },
};

/** The value range (delimiters excluded) of every literal of the file that holds a credential of a known format. */
export function secretLiteralsOf(sourceFile: ts.SourceFile): SecretRange[] {
  return secretLiteralsIn(sourceFile, sourceFile, { start: 0, end: sourceFile.end });
}

/** Those under `root` that reach into `within`: only the nodes around it are walked, so a quote costs its own size. */
function secretLiteralsIn(sourceFile: ts.SourceFile, root: ts.Node, within: Span): SecretRange[] {
  const found: SecretRange[] = [];
  const visit = (node: ts.Node): void => {
    if (node.end <= within.start || node.pos >= within.end) return;
    const delimiter = delimiters[node.kind];
    if (!delimiter) {
      ts.forEachChild(node, visit);
      return;
    }
    const literal = node as ts.LiteralLikeNode;
    if (!findSecretFormat(literal.text)) return;
    const start = node.getStart(sourceFile) + delimiter.open;
    // An unterminated literal (a syntax error) runs to its end with no closing delimiter.
    const end = literal.isUnterminated ? node.end : node.end - delimiter.close;
    found.push({ start, end: Math.max(start, end), preview: redact(literal.text) });
  };
  visit(root);
  return found;
}

/** Source text as a message may quote it: every literal in `span` that holds a credential shows its preview. */
export function quoteSource(sourceFile: ts.SourceFile, span: Span, root: ts.Node = sourceFile): string {
  return withPreviews(sourceFile.text.slice(span.start, span.end), secretLiteralsIn(sourceFile, root, span), span.start);
}

/** A node's source text as a message or summary may quote it (see `quoteSource`). */
export function quoteNode(node: ts.Node, sourceFile: ts.SourceFile = node.getSourceFile()): string {
  return quoteSource(sourceFile, { start: node.getStart(sourceFile), end: node.end }, node);
}
