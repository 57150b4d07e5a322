// fast-check arbitraries that break source text the way editing does: token ranges deleted, duplicated or swapped,
// truncation, unbalanced brackets/quotes/templates/comments, odd unicode, other line endings. Positions are
// fractions of the current length, so a sequence of mutations applies to whatever text the previous one left.
import fc from "fast-check";
import { ts } from "ts-morph";

export type Mutation =
  | { kind: "deleteTokens"; at: number; count: number }
  | { kind: "duplicateTokens"; at: number; count: number; to: number }
  | { kind: "swapTokens"; first: number; second: number; count: number }
  | { kind: "truncate"; at: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "lineEndings"; newline: "\r\n" | "\r" };

/** Statement-level edits that usually keep a file parseable, for the fix properties. */
export type StatementMutation =
  | { kind: "deleteStatement"; which: number }
  | { kind: "duplicateStatement"; which: number }
  | { kind: "swapStatements"; first: number; second: number }
  | { kind: "insertComment"; which: number; text: string }
  | { kind: "lineEndings"; newline: "\r\n" | "\r" }
  | { kind: "byteOrderMark" };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const unbalanced = fc.constantFrom("(", ")", "{", "}", "[", "]", "<", ">", '"', "'", "`", "${", "`${", "}`", "/*", "*/", "//", "/", "\\", "=>", "@", "#!", "<div>", "</", "?.", "...");
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const oddCharacters = fc.constantFrom("\ufeff", "\u2028", "\u2029", "\u0000", "\ufffd", "\u200b", "\u00a0", "\r", "\n", "\t", "\u{1f600}", "é", "\u0301");
const fragment = fc.oneof(unbalanced, loneSurrogate, oddCharacters, fc.string({ unit: "binary", maxLength: 6 }), fc.string({ maxLength: 12 }));

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("deleteTokens" as const), at: fraction, count: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant("duplicateTokens" as const), at: fraction, count: fc.integer({ min: 1, max: 12 }), to: fraction }),
  fc.record({ kind: fc.constant("swapTokens" as const), first: fraction, second: fraction, count: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fraction }),
  fc.record({ kind: fc.constant("insert" as const), at: fraction, text: fragment }),
  fc.record({ kind: fc.constant("lineEndings" as const), newline: fc.constantFrom("\r\n" as const, "\r" as const) }),
);

export const mutationsArbitrary = fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 });

const commentText = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: "binary", maxLength: 8 }), oddCharacters.filter((c) => !/[\r\n\u2028\u2029]/.test(c)));

export const statementMutationArbitrary: fc.Arbitrary<StatementMutation> = fc.oneof(
  fc.record({ kind: fc.constant("deleteStatement" as const), which: fraction }),
  fc.record({ kind: fc.constant("duplicateStatement" as const), which: fraction }),
  fc.record({ kind: fc.constant("swapStatements" as const), first: fraction, second: fraction }),
  fc.record({
    kind: fc.constant("insertComment" as const),
    which: fraction,
    text: commentText.map((text) => text.replace(/\*\//g, "* /").replace(/[\r\n\u2028\u2029]/g, " ")),
  }),
  fc.record({ kind: fc.constant("lineEndings" as const), newline: fc.constantFrom("\r\n" as const, "\r" as const) }),
  fc.record({ kind: fc.constant("byteOrderMark" as const) }),
);

export const statementMutationsArbitrary = fc.array(statementMutationArbitrary, { minLength: 1, maxLength: 3 });

export function applyMutations(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(applyMutation, text);
}

function applyMutation(text: string, mutation: Mutation): string {
  switch (mutation.kind) {
    case "truncate":
      return text.slice(0, Math.floor(mutation.at * (text.length + 1)));
    case "insert": {
      const at = Math.floor(mutation.at * (text.length + 1));
      return text.slice(0, at) + mutation.text + text.slice(at);
    }
    case "lineEndings":
      return text.replace(/\r?\n/g, mutation.newline);
    case "deleteTokens": {
      const range = tokenRange(text, mutation.at, mutation.count);
      return text.slice(0, range.start) + text.slice(range.end);
    }
    case "duplicateTokens": {
      const range = tokenRange(text, mutation.at, mutation.count);
      const to = Math.floor(mutation.to * (text.length + 1));
      return text.slice(0, to) + text.slice(range.start, range.end) + text.slice(to);
    }
    case "swapTokens": {
      const [a, b] = [tokenRange(text, mutation.first, mutation.count), tokenRange(text, mutation.second, mutation.count)].sort((x, y) => x.start - y.start) as [Span, Span];
      if (a.end > b.start) return text;
      return text.slice(0, a.start) + text.slice(b.start, b.end) + text.slice(a.end, b.start) + text.slice(a.start, a.end) + text.slice(b.end);
    }
  }
}

interface Span {
  start: number;
  end: number;
}

/** `count` consecutive tokens starting at the token nearest `at` (a fraction of the token list). */
function tokenRange(text: string, at: number, count: number): Span {
  const starts = tokenStarts(text);
  if (starts.length === 0) return { start: 0, end: 0 };
  const first = Math.floor(at * starts.length);
  return { start: starts[first]!, end: starts[Math.min(first + count, starts.length - 1)] ?? text.length };
}

function tokenStarts(text: string): number[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const starts: number[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) starts.push(scanner.getTokenStart());
  starts.push(text.length);
  return starts;
}

export function applyStatementMutations(sourceFile: ts.SourceFile, mutations: readonly StatementMutation[], parse: (text: string) => ts.SourceFile): string {
  return mutations.reduce((text, mutation) => applyStatementMutation(parse(text), mutation), sourceFile.text);
}

function applyStatementMutation(sourceFile: ts.SourceFile, mutation: StatementMutation): string {
  const text = sourceFile.text;
  if (mutation.kind === "lineEndings") return text.replace(/\r?\n/g, mutation.newline);
  if (mutation.kind === "byteOrderMark") return text.startsWith("\ufeff") ? text : "\ufeff" + text;
  const statements = allStatements(sourceFile);
  if (statements.length === 0) return text;
  const pick = (at: number): Span => {
    const statement = statements[Math.floor(at * statements.length)]!;
    return { start: statement.getStart(sourceFile), end: statement.end };
  };
  switch (mutation.kind) {
    case "deleteStatement": {
      const { start, end } = pick(mutation.which);
      return text.slice(0, start) + text.slice(end);
    }
    case "duplicateStatement": {
      const { start, end } = pick(mutation.which);
      return text.slice(0, end) + "\n" + text.slice(start, end) + text.slice(end);
    }
    case "insertComment": {
      const { start } = pick(mutation.which);
      return text.slice(0, start) + `/* ${mutation.text} */ ` + text.slice(start);
    }
    case "swapStatements": {
      const [a, b] = [pick(mutation.first), pick(mutation.second)].sort((x, y) => x.start - y.start) as [Span, Span];
      if (a.end > b.start) return text;
      return text.slice(0, a.start) + text.slice(b.start, b.end) + text.slice(a.end, b.start) + text.slice(a.start, a.end) + text.slice(b.end);
    }
  }
}

/** Every statement at any depth (top level, blocks, function bodies, case clauses). */
function allStatements(sourceFile: ts.SourceFile): ts.Statement[] {
  const found: ts.Statement[] = [];
  const stack: ts.Node[] = [sourceFile];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const statements = (node as { statements?: ts.NodeArray<ts.Statement> }).statements;
    if (statements) found.push(...statements);
    ts.forEachChild(node, (child) => {
      stack.push(child);
    });
  }
  return found.sort((a, b) => a.pos - b.pos);
}
