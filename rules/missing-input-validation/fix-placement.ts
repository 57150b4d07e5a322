// Where the missing-input-validation scaffold puts its code and what it names it: the schema's name from the route,
// the statement the parse goes before (or after, for a FormData), the reads it replaces, unused local names. Reads
// syntax only; builds no text of the schema.
import { ts } from "ts-morph";
import type { Span } from "../engine/types.js";
import type { RequestInputRead, RequestInputSource } from "../model/request-inputs.js";
import { methodChecks } from "../model/frameworks/next.js";
import { findDeclaration, findNodeBySpan, isConditionalWithin, type FunctionLike } from "../model/syntax.js";
import { boundZodSpecifier, propertyKey, zodSpecifierFor } from "./zod-schema.js";

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

export function pascalCase(text: string): string {
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

/** Where the parse goes, what it parses, and the reads it replaces with the parsed data (or one of its fields). */
export interface ParsePlan {
  /** One statement, or one per branch of a method switch that reads the input (see parseAnchors). */
  statements: ts.Statement[];
  /** The parse goes after each statement (a FormData must be read first), else before it. */
  after: boolean;
  input: string;
  replacements: Array<{ span: Span; field?: string }>;
}

/**
 * JSON and query inputs: the input itself (or the data a text body is parsed into, `JSON.parse(raw)`) is parsed before
 * the statement of its first read, and each read becomes the parsed data.
 */
export function wholeInputPlan(sourceFile: ts.SourceFile, handler: FunctionLike, body: ts.Block, reads: RequestInputRead[]): ParsePlan | undefined {
  const [first] = reads;
  if (first?.convertedAt && reads.length === 1) {
    const span = withoutParentheses(sourceFile, first.convertedAt);
    const statements = parseAnchors(handler, body, [{ ...first, span }]);
    // `body ? JSON.parse(body) : undefined`: parsed in front of the statement, the text would be parsed on every path.
    const conversion = findNodeBySpan(sourceFile, span);
    if (!statements || !conversion || statements.some((statement) => isConditionalWithin(conversion, statement))) return undefined;
    return { statements, after: false, input: sourceFile.text.slice(span.start, span.end), replacements: [{ span }] };
  }
  const input = reads.find((read) => read.wholeInput !== undefined)?.wholeInput;
  if (!input || reads.some((read) => read.wholeInput === undefined || read.convertedAt)) return undefined;
  const statements = parseAnchors(handler, body, reads);
  if (!statements || (input.startsWith("await ") && !statements.every(isInAsyncFunction))) return undefined;
  const replacements = reads.map((read) => ({ span: withoutParentheses(sourceFile, read.span), field: read.yieldsField }));
  return { statements, after: false, input, replacements };
}

/**
 * The statements the parse goes before: the one holding the first read; or, when that statement switches on the
 * request method (`if (req.method === "GET") … else if (req.method === "POST") { …req.body… }`), the statement holding
 * the first read of each method branch that reads the input, so a method without a body (the GET a settings page
 * loads) is never refused for lacking one. Undefined when a read sits outside every branch of the switch, when a
 * branch is a lone statement without braces, or when two `case` clauses without braces share one scope (a second
 * `const parsed` would not compile).
 */
function parseAnchors(handler: FunctionLike, body: ts.Block, reads: RequestInputRead[]): ts.Statement[] | undefined {
  const statement = anchorStatement(body, reads);
  if (!statement) return undefined;
  const holds = (node: ts.Node, position: number): boolean => node.getStart() <= position && position < node.getEnd();
  const branches = methodChecks(handler).flatMap((check) => (check.branch?.[0] && holds(statement, check.branch[0].getStart()) ? [check.branch] : []));
  if (branches.length === 0) return [statement];
  const anchors: ts.Statement[] = [];
  for (const start of reads.map((read) => read.span.start).sort((a, b) => a - b)) {
    const branch = branches.find((candidate) => candidate.some((node) => holds(node, start)));
    const anchor = branch?.find((node) => holds(node, start));
    if (!anchor) return undefined;
    if (!anchors.some((earlier) => earlier.parent === anchor.parent)) anchors.push(anchor);
  }
  const fits = anchors.every((anchor) => ts.isBlock(anchor.parent)) || (anchors.length === 1 && ts.isCaseClause(anchors[0]!.parent));
  return fits ? anchors : undefined;
}

/**
 * A FormData (or URLSearchParams of a text body) held in a variable and read only through `get`/`getAll`: the parse
 * goes after the variable's statement, over an object of the fields it reads, and each `form.get("name")` becomes
 * `parsed.data.name`.
 */
export function formDataPlan(sourceFile: ts.SourceFile, reads: RequestInputRead[]): ParsePlan | undefined {
  const [read] = reads;
  if (reads.length !== 1 || !read || read.usedWhole || !read.formReads) return undefined;
  const receivers = read.formReads.map(({ span }) => receiverOf(findNodeBySpan(sourceFile, span)));
  const form = receivers[0];
  if (!form || receivers.some((receiver) => receiver?.text !== form.text)) return undefined;
  const declaration = findDeclaration(form.text, form);
  const list = declaration?.parent;
  const statement = list?.parent;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !list || !ts.isVariableDeclarationList(list) || list.declarations.length !== 1) return undefined;
  if (!statement || !ts.isVariableStatement(statement) || !ts.isBlock(statement.parent)) return undefined;
  if (read.formReads.some(({ span }) => span.start < statement.getEnd())) return undefined;
  const entries = read.fields.map((field) => `${propertyKey(field.name)}: ${form.text}.${field.type === "array" ? "getAll" : "get"}(${JSON.stringify(field.name)})`);
  const replacements = read.formReads.map(({ span, name }) => ({ span: withoutParentheses(sourceFile, span), field: name }));
  return { statements: [statement], after: true, input: `{ ${entries.join(", ")} }`, replacements };
}

/** `form` in `form.get("name")`. */
function receiverOf(call: ts.Node | undefined): ts.Identifier | undefined {
  const callee = call && ts.isCallExpression(call) ? call.expression : undefined;
  const receiver = callee && ts.isPropertyAccessExpression(callee) ? callee.expression : undefined;
  return receiver && ts.isIdentifier(receiver) ? receiver : undefined;
}
