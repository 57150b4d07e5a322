// A file's own code style (quotes, semicolons, indentation), read once per file, and the conversion of code a fix
// inserts into that style. Converts tokens found by the TypeScript scanner only: never the content of a string or
// template, never a semicolon that keeps the next line from continuing the statement.
import { ts } from "ts-morph";

export interface CodeStyle {
  quote: '"' | "'";
  semicolons: boolean;
  /** One level of indentation: a tab or some spaces. */
  indentUnit: string;
  /**
   * The file writes a numeric separator (`30_000`): its toolchain parses them. Otherwise inserted numbers are plain
   * digits, which every Node and bundler reads (Node before 12.5 and Babel 6 reject `30_000`).
   */
  numericSeparators: boolean;
}

const styles = new WeakMap<ts.SourceFile, CodeStyle>();

/** The spaces and tabs that start the line holding `position`, up to it: what a line written beside it repeats. */
export function lineIndentation(text: string, position: number): string {
  const lineStart = text.lastIndexOf("\n", position - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, position))![0];
}

/** The style most of the file's code follows; a file that shows none gets double quotes, semicolons and two spaces. */
export function codeStyleOf(sourceFile: ts.SourceFile): CodeStyle {
  let style = styles.get(sourceFile);
  if (!style) styles.set(sourceFile, (style = detectStyle(sourceFile)));
  return style;
}

/** Nodes looked at to learn the style: enough to be sure, few enough to cost nothing on a large file. */
const sampleSize = 20_000;

function detectStyle(sourceFile: ts.SourceFile): CodeStyle {
  let single = 0;
  let double = 0;
  let withSemicolon = 0;
  let withoutSemicolon = 0;
  let numericSeparators = false;
  const text = sourceFile.text;
  // Breadth-first with a queue, not recursion: a 20,000-term expression must not exhaust the stack.
  const queue: ts.Node[] = [sourceFile];
  for (let index = 0; index < queue.length && index < sampleSize; index++) {
    const node = queue[index]!;
    if (ts.isStringLiteral(node) && !ts.isJsxAttribute(node.parent)) {
      if (text[node.getStart(sourceFile)] === "'") single++;
      else double++;
    }
    if (ts.isNumericLiteral(node) && text.slice(node.getStart(sourceFile), node.end).includes("_")) numericSeparators = true;
    if (endsWithOptionalSemicolon(node)) {
      if (text[node.end - 1] === ";") withSemicolon++;
      else withoutSemicolon++;
    }
    ts.forEachChild(node, (child) => {
      queue.push(child);
    });
  }
  return {
    quote: single > double ? "'" : '"',
    semicolons: withSemicolon >= withoutSemicolon,
    indentUnit: indentUnitOf(text),
    numericSeparators,
  };
}

/** Statements whose `;` is optional under automatic semicolon insertion. */
function endsWithOptionalSemicolon(node: ts.Node): boolean {
  return (
    ts.isExpressionStatement(node) ||
    ts.isVariableStatement(node) ||
    ts.isReturnStatement(node) ||
    ts.isImportDeclaration(node) ||
    ts.isThrowStatement(node) ||
    (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined)
  );
}

/** The most common step between the indentation of a line and the next deeper one. */
function indentUnitOf(text: string): string {
  const steps = new Map<string, number>();
  let previous = 0;
  let lines = 0;
  for (const line of text.split("\n")) {
    if (lines++ > 2000) break;
    const indent = /^[ \t]*/.exec(line)![0];
    const rest = line.slice(indent.length);
    if (rest === "" || rest === "\r" || rest.startsWith("*")) continue;
    if (indent.startsWith("\t")) steps.set("\t", (steps.get("\t") ?? 0) + 1);
    else if (indent.length > previous) {
      const step = " ".repeat(indent.length - previous);
      if (step.length === 2 || step.length === 4 || step.length === 8) steps.set(step, (steps.get(step) ?? 0) + 1);
    }
    previous = indent.startsWith("\t") ? previous : indent.length;
  }
  let unit = "  ";
  let best = 0;
  for (const [step, count] of steps) if (count > best) [unit, best] = [step, count];
  return unit;
}

/** Characters that let the next line continue the statement before it (or may), so the `;` before them must stay. */
const continuesStatement = /^[([`+\-/.,*%<>=&|?:]/;

/** Where inserted code lands, which decides how its indentation reads. */
export interface Placement {
  /** Whether the code starts a line (a created file, an insertion at a line's first column). */
  atLineStart: boolean;
  /**
   * The indentation of the file's lines around the insertion point (the line it is on, the next line with code): the
   * part of an inserted line's indentation that a fix took from one of them is already in the file's unit.
   */
  anchors: readonly string[];
  /** The lines of the text replaced: a fix that keeps them (wrapping a handler) keeps their indentation too. */
  replacedLines?: ReadonlySet<string>;
}

const atFileStart: Placement = { atLineStart: true, anchors: [""] };

/**
 * `code` as written in `style`: double-quoted strings requoted (when no escaping is needed), statement-ending
 * semicolons dropped in a file without them, and the two-space levels a fix writes turned into the file's unit (tabs,
 * four spaces) on top of the indentation it took from the file. `following` is the text after the insertion point,
 * which decides whether a last `;` may go.
 */
export function inStyle(code: string, style: CodeStyle, following: string, placement: Placement = atFileStart): string {
  if (style.quote === '"' && style.semicolons && style.indentUnit === "  " && (style.numericSeparators || !code.includes("_"))) return code;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, code);
  const replacements: Array<{ start: number; end: number; text: string }> = [];
  /** Open `(`, `{`, `[` and template substitutions, to tell `}` of a `${` from a block's and `;` inside `for (;;)`. */
  const nesting: string[] = [];
  let previous: ts.SyntaxKind = ts.SyntaxKind.Unknown;
  let atLineStart = placement.atLineStart;
  /** Where each line of code starts (its indentation, `start` to `end`), outside strings, templates and comments. */
  const lineIndents: Array<{ start: number; end: number }> = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    const wasAtLineStart = atLineStart;
    atLineStart = kind === ts.SyntaxKind.NewLineTrivia;
    if (wasAtLineStart && kind !== ts.SyntaxKind.NewLineTrivia) {
      const tokenStart = scanner.getTokenStart();
      lineIndents.push({ start: tokenStart, end: kind === ts.SyntaxKind.WhitespaceTrivia ? scanner.getTokenEnd() : tokenStart });
    }
    if (kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) {
      if (startsExpression(previous)) kind = scanner.reScanSlashToken();
    } else if (kind === ts.SyntaxKind.CloseBraceToken && nesting[nesting.length - 1] === "${") {
      kind = scanner.reScanTemplateToken(false);
      if (kind === ts.SyntaxKind.TemplateTail) nesting.pop();
    }
    const start = scanner.getTokenStart();
    const end = scanner.getTokenEnd();
    if (kind === ts.SyntaxKind.WhitespaceTrivia) continue;
    if (kind === ts.SyntaxKind.NewLineTrivia || kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) continue;
    if (kind === ts.SyntaxKind.TemplateHead) nesting.push("${");
    else if (kind === ts.SyntaxKind.OpenParenToken || kind === ts.SyntaxKind.OpenBracketToken || kind === ts.SyntaxKind.OpenBraceToken) nesting.push(code[start]!);
    else if (kind === ts.SyntaxKind.CloseParenToken || kind === ts.SyntaxKind.CloseBracketToken || kind === ts.SyntaxKind.CloseBraceToken) nesting.pop();
    else if (kind === ts.SyntaxKind.StringLiteral && code[start] !== style.quote) {
      const requoted = requote(code.slice(start, end), style.quote);
      if (requoted) replacements.push({ start, end, text: requoted });
    } else if (kind === ts.SyntaxKind.NumericLiteral && !style.numericSeparators && code.slice(start, end).includes("_")) {
      replacements.push({ start, end, text: code.slice(start, end).replaceAll("_", "") });
    } else if (kind === ts.SyntaxKind.SemicolonToken && !style.semicolons && nesting[nesting.length - 1] !== "(" && isLastOnLine(code, end, following)) {
      replacements.push({ start, end, text: "" });
    }
    previous = kind;
  }
  // Indentation only: spaces inside a line, and anything inside a string or template, stay as written.
  const written = lineIndents.filter(({ start }) => !placement.replacedLines?.has(code.slice(start).split(/\r?\n/, 1)[0]!));
  if (style.indentUnit !== "  ") replacements.push(...reindented(code, written, style.indentUnit, placement.anchors));
  let result = code;
  for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start)) result = result.slice(0, start) + text + result.slice(end);
  return result;
}

/**
 * Each line's indentation with the fix's own two-space levels in `unit`. A fix indents from a line of the file (the
 * line it inserts on, the statement it inserts before) and adds levels of two spaces: the shallowest inserted line
 * shows the part taken from the file, which is the longest anchor it starts with; what follows is the fix's.
 */
function reindented(code: string, lineIndents: ReadonlyArray<{ start: number; end: number }>, unit: string, anchors: readonly string[]): Array<{ start: number; end: number; text: string }> {
  // The file's tabs and the fix's spaces cannot be confused.
  if (unit === "\t") return lineIndents.map(({ start, end }) => ({ start, end, text: tabsForSpaces(code.slice(start, end)) }));
  const withCode = lineIndents.filter(({ end }) => end === code.length || !/[\r\n]/.test(code[end]!));
  if (withCode.length === 0) return [];
  const shallowest = withCode.reduce((least, line) => (line.end - line.start < least.end - least.start ? line : least));
  const shallowestIndent = code.slice(shallowest.start, shallowest.end);
  const base = anchors.filter((anchor) => shallowestIndent.startsWith(anchor)).reduce((longest, anchor) => (anchor.length > longest.length ? anchor : longest), "");
  return lineIndents.flatMap(({ start, end }) => {
    const indent = code.slice(start, end);
    if (!indent.startsWith(base)) return [];
    const added = indent.slice(base.length);
    const spaces = /^ */.exec(added)![0].length;
    const text = base + unit.repeat(Math.floor(spaces / 2)) + " ".repeat(spaces % 2) + added.slice(spaces);
    return text === indent ? [] : [{ start, end, text }];
  });
}

/** The semicolon ends its line and the next code does not start with a character that would continue the statement. */
function isLastOnLine(code: string, end: number, following: string): boolean {
  const rest = code.slice(end);
  const lineEnd = /^[ \t]*(\r?\n|$)/.exec(rest);
  if (!lineEnd) return false;
  // At the end of the inserted code, the file's own text decides: code later on the same line, or a next line that
  // would continue the statement, keeps the semicolon.
  if (lineEnd[1] === "" && !/^[ \t]*(\r?\n|$)/.test(following)) return false;
  const after = lineEnd[1] === "" ? following : rest.slice(lineEnd[0].length);
  // Comments between are not code: `// store the path` below does not continue the statement as a `/` would.
  return !continuesStatement.test(after.replace(leadingSpaceAndComments, ""));
}
const leadingSpaceAndComments = /^(\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/;

/** A regular expression, not a division, may start after these tokens. */
function startsExpression(previous: ts.SyntaxKind): boolean {
  return (
    previous === ts.SyntaxKind.Unknown ||
    previous === ts.SyntaxKind.ReturnKeyword ||
    (previous >= ts.SyntaxKind.FirstPunctuation && previous <= ts.SyntaxKind.LastPunctuation &&
      previous !== ts.SyntaxKind.CloseParenToken && previous !== ts.SyntaxKind.CloseBracketToken && previous !== ts.SyntaxKind.CloseBraceToken)
  );
}

/** The literal in the other quote, or undefined when that would need an escape it does not have today. */
function requote(literal: string, quote: '"' | "'"): string | undefined {
  const body = literal.slice(1, -1);
  if (body.includes(quote) || body.includes("\\")) return undefined;
  return quote + body + quote;
}

/** Leading spaces in steps of two, after any leading tabs, as tabs. */
function tabsForSpaces(indent: string): string {
  return indent.replace(/^(\t*)((?: {2})+)/, (_match, tabs: string, spaces: string) => tabs + "\t".repeat(spaces.length / 2));
}
