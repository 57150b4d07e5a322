// Where the missing-input-validation scaffold puts its code and what it names it: the schema's name from the route,
// the statement the parse goes before, unused local names. Reads syntax only; builds no text of the schema.
import { ts } from "ts-morph";
import type { Span } from "../engine/types.js";
import type { RequestInputRead, RequestInputSource } from "../model/request-inputs.js";
import { findNodeBySpan, type FunctionLike } from "../model/syntax.js";
import { boundZodSpecifier, zodSpecifierFor } from "./zod-schema.js";

/** `createUserBody`, `updateUserBody`, `listOrdersQuery`: verb from the method, noun from the last static path segment. */
export function schemaNameCandidates(method: string, path: string, source: RequestInputSource): string[] {
  const segments = path.split("/").filter((segment) => segment && !/^(api|v\d+)$/i.test(segment));
  const last = segments[segments.length - 1];
  const endsWithParam = !!last && /^[:[{*]/.test(last);
  const staticSegments = segments.filter((segment) => !/^[:[{*(]/.test(segment));
  const resource = staticSegments[staticSegments.length - 1] ?? "request";
  const verb =
    method === "POST" ? "create" : method === "PUT" || method === "PATCH" ? "update" : method === "DELETE" ? "delete" : method === "GET" ? (endsWithParam ? "get" : "list") : "";
  // A handler serving every method (an edge function) is named after its path alone: `sendInviteBody`.
  const noun = pascalCase(verb === "list" || verb === "" ? resource : singular(resource));
  const named = verb + noun;
  const base = `${named.charAt(0).toLowerCase()}${named.slice(1)}${capitalize(source)}`;
  return [base, `${base}Schema`, `${base}Input`];
}

function singular(word: string): string {
  if (/ies$/.test(word)) return word.slice(0, -3) + "y";
  if (/(ss|us)$/.test(word)) return word;
  return word.replace(/s$/, "");
}

function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map(capitalize)
    .join("");
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function memberAccess(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

/** The statement, in the innermost block holding every read, that contains the first read: the parse goes before it. */
export function anchorStatement(body: ts.Block, reads: RequestInputRead[]): ts.Statement | undefined {
  const nodes = reads.map((read) => nodeAt(body, read.span.start));
  const chains = nodes.map((node) => blocksAbove(node, body));
  if (chains.some((chain) => chain.length === 0)) return undefined;
  let common = body;
  for (let depth = 0; ; depth++) {
    const candidate = chains[0]![depth];
    if (!candidate || chains.some((chain) => chain[depth] !== candidate)) break;
    common = candidate;
  }
  const first = Math.min(...reads.map((read) => read.span.start));
  return common.statements.find((statement) => statement.getStart() <= first && first < statement.getEnd());
}

/** Blocks from `body` down to the one holding `node`, outermost first. */
function blocksAbove(node: ts.Node | undefined, body: ts.Block): ts.Block[] {
  const chain: ts.Block[] = [];
  for (let current = node; current; current = current.parent) {
    if (ts.isBlock(current)) chain.unshift(current);
    if (current === body) return chain;
  }
  return [];
}

function nodeAt(root: ts.Node, position: number): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (position < node.getStart() || position >= node.getEnd()) return;
    found = node;
    ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}

export function isInAsyncFunction(node: ts.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isFunctionLike(current)) return (ts.getCombinedModifierFlags(current as ts.Declaration) & ts.ModifierFlags.Async) !== 0;
  }
  return false;
}

export function topLevelStatementOf(node: ts.Node): ts.Statement | undefined {
  let current: ts.Node = node;
  while (current.parent && !ts.isSourceFile(current.parent)) current = current.parent;
  return ts.isSourceFile(current.parent) ? (current as ts.Statement) : undefined;
}

/** Where a statement's leading comments begin, so inserted code does not split a comment from its statement. */
export function beforeLeadingComments(sourceFile: ts.SourceFile, statement: ts.Statement): number {
  const comments = ts.getLeadingCommentRanges(sourceFile.text, statement.getFullStart());
  return comments?.[0]?.pos ?? statement.getStart(sourceFile);
}

export function indentationAt(text: string, position: number): string {
  const lineStart = text.lastIndexOf("\n", position - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, position))?.[0] ?? "";
}

export function parameterName(handler: FunctionLike, index: number): string | undefined {
  const name = handler.parameters[index]?.name;
  return name && ts.isIdentifier(name) ? name.text : undefined;
}

export function namesIn(root: ts.Node): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(root);
  return names;
}

/**
 * What every fix of a file asks of the whole file, found once per file: a file of 20,000 routes builds 20,000 fixes,
 * and walking it for each made the run quadratic.
 */
interface FileFacts {
  names: ReadonlySet<string>;
  /** `bound`: the specifier `z` is already imported from; `specifier`: the one an added import uses. */
  zod: { bound: string | undefined; specifier: string };
}

const fileFacts = new WeakMap<ts.SourceFile, FileFacts>();

export function factsOf(sourceFile: ts.SourceFile): FileFacts {
  let facts = fileFacts.get(sourceFile);
  if (!facts) fileFacts.set(sourceFile, (facts = { names: namesIn(sourceFile), zod: { bound: boundZodSpecifier(sourceFile), specifier: zodSpecifierFor(sourceFile) } }));
  return facts;
}

export function unusedName(taken: ReadonlySet<string>, candidates: readonly string[]): string | undefined {
  return candidates.find((candidate) => !taken.has(candidate));
}

export function importsName(sourceFile: ts.SourceFile, name: string): boolean {
  return sourceFile.statements.some((statement) => {
    const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
    return !!bindings && ts.isNamedImports(bindings) && bindings.elements.some((element) => element.name.text === name);
  });
}

/** `(await request.json()) as Link`: the parentheses go with the read, since `parsed.data` needs none. */
export function withoutParentheses(sourceFile: ts.SourceFile, span: Span): Span {
  const node = findNodeBySpan(sourceFile, span);
  let outer: ts.Node | undefined = node;
  while (outer && ts.isParenthesizedExpression(outer.parent)) outer = outer.parent;
  return outer ? { start: outer.getStart(sourceFile), end: outer.getEnd() } : span;
}

