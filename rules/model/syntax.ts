// Small syntactic helpers shared by the framework extractors and rules: raw TypeScript nodes only,
// no ts-morph wrappers and no type checker.
import { ts } from "ts-morph";
import type { Span } from "../engine/types.js";
import { identifiersNamed } from "../engine/node-index.js";

/** The member of an object literal named `key`, spelled bare or quoted (`{ fetch }`, `{ "fetch": … }`, `{ fetch() {} }`). */
export function propertyNamed(object: ts.Node | undefined, key: string): ts.ObjectLiteralElementLike | undefined {
  if (!object || !ts.isObjectLiteralExpression(object)) return undefined;
  return object.properties.find((property) => property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) && property.name.text === key);
}

/** The value of `key: value` in an object literal, unwrapped; undefined for a shorthand, a method, a spread or no such key. */
export function assignedValue(object: ts.Node | undefined, key: string): ts.Expression | undefined {
  const property = propertyNamed(object, key);
  return property && ts.isPropertyAssignment(property) ? unwrapExpression(property.initializer) : undefined;
}

/** The callee as written when it is a name or a dotted chain (`app.post`, `supabase.auth.getUser`), else undefined. */
export function calleeText(call: ts.CallExpression | ts.NewExpression | ts.Decorator): string | undefined {
  const callee = ts.isDecorator(call) ? (ts.isCallExpression(call.expression) ? call.expression.expression : call.expression) : call.expression;
  return dottedName(callee);
}

const maxDottedSegments = 32;

/** `a`, `a.b.c` (also `this.a`), else undefined (also past 32 segments). */
export function dottedName(node: ts.Expression): string | undefined {
  // Callers ask at every link of a chain, so a bound keeps a 10,000-link `a.b.b…` linear instead of quadratic.
  // Built from the last name back to the root, with no array: calls ask for this at nearly every call of a file.
  let members = "";
  let segments = 0;
  let current = node;
  while (ts.isPropertyAccessExpression(current)) {
    if (segments === maxDottedSegments) return undefined;
    segments++;
    members = "." + current.name.text + members;
    current = current.expression;
  }
  const root = ts.isIdentifier(current) ? current.text : current.kind === ts.SyntaxKind.ThisKeyword ? "this" : undefined;
  return root === undefined ? undefined : root + members;
}

/** The value of a string literal or a template without substitutions. */
export function stringValue(node: ts.Node | undefined): string | undefined {
  return node && ts.isStringLiteralLike(node) ? node.text : undefined;
}

/** `text` written inside a template literal: backslashes, backticks, `${` and control characters escaped. */
export function escapeTemplateText(text: string): string {
  return text.replace(/[\\`]|\$\{|[\u0000-\u001f]/g, (match) => {
    if (match === "\\" || match === "`") return "\\" + match;
    if (match === "${") return "\\${";
    return JSON.stringify(match).slice(1, -1);
  });
}

export type FunctionLike = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration | ts.MethodDeclaration;

export function isFunctionLike(node: ts.Node | undefined): node is FunctionLike {
  return !!node && (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node));
}

/** The name a function is known by: its own (`function load`, a method), else the variable or property holding it. */
export function functionName(fn: FunctionLike | undefined): string | undefined {
  if (!fn) return undefined;
  if (!ts.isArrowFunction(fn) && fn.name) return fn.name.getText();
  const holder = fn.parent;
  if (!ts.isVariableDeclaration(holder) && !ts.isPropertyAssignment(holder) && !ts.isPropertyDeclaration(holder)) return undefined;
  return ts.isIdentifier(holder.name) || ts.isStringLiteral(holder.name) ? holder.name.text : undefined;
}

/**
 * What a function returns: its expression body, or the operand of each `return` outside nested functions; undefined
 * when some `return` gives nothing.
 */
export function returnedExpressions(fn: FunctionLike): ts.Expression[] | undefined {
  if (!fn.body) return undefined;
  if (!ts.isBlock(fn.body)) return [fn.body];
  const returned: ts.Expression[] = [];
  let bare = false;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node)) {
      if (node.expression) returned.push(node.expression);
      else bare = true;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn.body, visit);
  return bare ? undefined : returned;
}

/** Per file and pattern: every offset of the file's text where a match of the pattern starts, ascending. */
const matchStarts = new WeakMap<ts.SourceFile, Map<RegExp, number[]>>();
/** Each pattern made global, to list its matches. */
const globalPatterns = new Map<RegExp, RegExp>();

/**
 * Whether the node's text (with its leading trivia) matches: a native string test that lets callers skip a walk.
 * `pattern` must be a module-level constant: where it matches in the whole file is remembered per pattern, and a
 * node with no match starting inside it is answered without a test. A match in the node's text starts where one starts
 * in the file's: the same characters match, and a node begins and ends at token boundaries, so a `\b` at either end
 * reads the same in both.
 */
export function textMatches(node: ts.Node, pattern: RegExp): boolean {
  const sourceFile = node.getSourceFile();
  let known = matchStarts.get(sourceFile);
  if (!known) matchStarts.set(sourceFile, (known = new Map()));
  let starts = known.get(pattern);
  if (starts === undefined) known.set(pattern, (starts = matchStartsOf(pattern, sourceFile.text)));
  if (starts.length === 0 || node === sourceFile) return starts.length > 0;
  const text = sourceFile.text;
  let index = firstAtOrAfter(starts, node.pos);
  if (index >= starts.length || starts[index]! >= node.end) return false;
  // The file's match at a start inside the node that ends inside it is the node's: one anchored match, not a scan of
  // the node's text (a whole class, asked once for each of its methods). Only matches running past its end need the scan.
  const anchored = stickyPatternOf(pattern);
  for (; index < starts.length && starts[index]! < node.end; index++) {
    anchored.lastIndex = starts[index]!;
    const match = anchored.exec(text);
    if (match && anchored.lastIndex <= node.end) return true;
  }
  return pattern.test(text.slice(node.pos, node.end));
}

/** Each pattern made sticky, to match at one start. */
const stickyPatterns = new Map<RegExp, RegExp>();

function stickyPatternOf(pattern: RegExp): RegExp {
  let sticky = stickyPatterns.get(pattern);
  if (!sticky) stickyPatterns.set(pattern, (sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, "")}y`)));
  return sticky;
}

function matchStartsOf(pattern: RegExp, text: string): number[] {
  let search = globalPatterns.get(pattern);
  if (!search) globalPatterns.set(pattern, (search = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`)));
  const starts: number[] = [];
  search.lastIndex = 0;
  // Overlapping matches count: each is a start some node's text may match from.
  for (let match = search.exec(text); match; match = search.exec(text)) {
    starts.push(match.index);
    search.lastIndex = match.index + 1;
  }
  return starts;
}

/** The index of the first element of ascending `values` that is at least `bound` (`values.length` when none is). */
function firstAtOrAfter(values: readonly number[], bound: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < bound) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The node's span without leading trivia. */
export function spanOf(node: ts.Node, sourceFile?: ts.SourceFile): Span {
  return { start: node.getStart(sourceFile), end: node.getEnd() };
}

/** The outermost node whose span (without trivia) is exactly `span` and that satisfies `test`, e.g. a handler found again from a summary. */
export function findNodeBySpan<T extends ts.Node>(sourceFile: ts.SourceFile, span: Span, test: (node: ts.Node) => node is T): T | undefined;
export function findNodeBySpan(sourceFile: ts.SourceFile, span: Span, test?: (node: ts.Node) => boolean): ts.Node | undefined;
export function findNodeBySpan(sourceFile: ts.SourceFile, span: Span, test: (node: ts.Node) => boolean = () => true): ts.Node | undefined {
  let found: ts.Node | undefined;
  // True stops the walk: the node was found, or this child and its later siblings (and theirs) start past the span.
  const visit = (node: ts.Node): true | undefined => {
    if (node.pos > span.start) return true;
    if (node.getEnd() < span.end) return undefined;
    if (node.getStart(sourceFile) === span.start && node.getEnd() === span.end && test(node)) {
      found = node;
      return true;
    }
    return ts.forEachChild(node, visit);
  };
  // The first statement that can hold the span, by bisection: a file of 20,000 routes asks this once per route.
  const { statements } = sourceFile;
  let low = 0;
  for (let high = statements.length; low < high; ) {
    const middle = (low + high) >>> 1;
    if (statements[middle]!.getEnd() < span.end) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < statements.length; index++) if (visit(statements[index]!)) break;
  return found;
}

export function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === kind);
}

export function decoratorsOf(node: ts.Node): readonly ts.Decorator[] {
  return ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : [];
}

/**
 * Walks up from `node` through parentheses, casts, `!`, `satisfies` and `await` (and whatever `alsoKeeps` accepts):
 * the outermost expression that still carries the same value.
 */
export function outermostValue(node: ts.Node, alsoKeeps: (parent: ts.Node, child: ts.Node) => boolean = () => false): ts.Node {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return current;
    const keeps =
      ts.isParenthesizedExpression(parent) ||
      ts.isAsExpression(parent) ||
      ts.isTypeAssertionExpression(parent) ||
      ts.isNonNullExpression(parent) ||
      ts.isSatisfiesExpression(parent) ||
      (ts.isAwaitExpression(parent) && parent.expression === current) ||
      alsoKeeps(parent, current);
    if (!keeps) return current;
    current = parent;
  }
}

/** `child ?? fallback` / `child || fallback`: the value is `child` when present. */
export function isFallbackFor(parent: ts.Node, child: ts.Node): boolean {
  return (
    ts.isBinaryExpression(parent) &&
    parent.left === child &&
    (parent.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || parent.operatorToken.kind === ts.SyntaxKind.BarBarToken)
  );
}

/** `===`, `!==`, `==`, `!=`. */
export function isEqualityOperator(kind: ts.SyntaxKind): boolean {
  return kind === ts.SyntaxKind.EqualsEqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsEqualsToken || kind === ts.SyntaxKind.EqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsToken;
}

/** `=`, and the compound assignments (`+=`, `||=`, `??=`, …). */
export function isAssignmentOperator(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

/** What `node` writes to: the left side of an assignment (compound ones included), or the operand of `++`/`--`. */
export function writtenTarget(node: ts.Node): ts.Expression | undefined {
  if (ts.isBinaryExpression(node) && isAssignmentOperator(node.operatorToken.kind)) return node.left;
  const isStep = (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken);
  return isStep ? node.operand : undefined;
}

/** `return …;`, `throw …;`, or a block whose last statement is one: the code after it does not run. */
export function endsByReturnOrThrow(statement: ts.Statement): boolean {
  const last = ts.isBlock(statement) ? statement.statements[statement.statements.length - 1] : statement;
  return !!last && (ts.isReturnStatement(last) || ts.isThrowStatement(last));
}

/** `||`, `??`: the right side stands in when the left is missing. */
export function isFallbackOperator(kind: ts.SyntaxKind): boolean {
  return kind === ts.SyntaxKind.BarBarToken || kind === ts.SyntaxKind.QuestionQuestionToken;
}

/** `&&`, `||`, `??`: the right side runs only on some paths. */
export function isShortCircuit(kind: ts.SyntaxKind): boolean {
  return kind === ts.SyntaxKind.AmpersandAmpersandToken || isFallbackOperator(kind);
}

/** The name or `this` a call chain starts from: `res` in `res.status(401).json(body)`, `db` in `db.from(t).select()`. */
export function callChainRoot(expression: ts.Expression): ts.Expression {
  let root = unwrapExpression(expression);
  while (ts.isPropertyAccessExpression(root) || ts.isCallExpression(root)) root = unwrapExpression(root.expression);
  return root;
}

/** Strips parentheses, `as`/`satisfies`/`!` and `<T>` assertions, which never change what an expression refers to. */
export function unwrapExpression(node: ts.Expression): ts.Expression {
  let current = node;
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isSatisfiesExpression(current) ||
    ts.isNonNullExpression(current) ||
    ts.isTypeAssertionExpression(current)
  ) {
    current = current.expression;
  }
  return current;
}

export type NameDeclaration =
  | ts.VariableDeclaration
  | ts.BindingElement
  | ts.ParameterDeclaration
  | ts.FunctionDeclaration
  | ts.ClassDeclaration
  | ts.ImportClause
  | ts.ImportSpecifier
  | ts.NamespaceImport;

/** The members a type names when it is a type literal, or an interface (without `extends`) or type alias of a literal declared in its file. */
export function localTypeMembers(type: ts.TypeNode): ts.NodeArray<ts.TypeElement> | undefined {
  if (ts.isTypeLiteralNode(type)) return type.members;
  if (!ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName) || type.typeArguments) return undefined;
  const name = type.typeName.text;
  for (const statement of type.getSourceFile().statements) {
    if (ts.isInterfaceDeclaration(statement) && statement.name.text === name && !statement.heritageClauses) return statement.members;
    if (ts.isTypeAliasDeclaration(statement) && statement.name.text === name && ts.isTypeLiteralNode(statement.type)) return statement.type.members;
  }
  return undefined;
}

/**
 * The identifiers inside `scope` (default: the whole file) that name what `declaration` declares, property names aside
 * (`x.name`, `{ name: … }`), in source order.
 */
export function referencesOf(declaration: NameDeclaration & { name: ts.Node }, scope: ts.Node = declaration.getSourceFile()): ts.Identifier[] {
  const name = declaration.name;
  if (!ts.isIdentifier(name)) return [];
  // The file's identifiers spelled like it, from its node index: no walk of the scope.
  return identifiersNamed(scope, name.text).filter((node) => node !== scope && node !== name && !isPropertyName(node) && findDeclaration(node.text, node) === declaration);
}

/** `x.name`, `{ name: … }`, a class member's or destructured property's name: a name that is not a reference. */
export function isPropertyName(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  if ((ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) && parent.name === identifier) return true;
  return ts.isBindingElement(parent) && parent.propertyName === identifier;
}

/** The declaration `name` refers to as seen from `from`: the nearest enclosing parameter, variable, function, class or import. */
export function findDeclaration(name: string, from: ts.Node): NameDeclaration | undefined {
  for (let scope: ts.Node | undefined = from.parent; scope; scope = scope.parent) {
    if (ts.isFunctionLike(scope)) {
      for (const parameter of scope.parameters) {
        const bound = bindingNamed(parameter.name, name);
        if (bound) return ts.isIdentifier(bound) ? parameter : bound;
      }
    }
    // `for (let pass = 1; …)`, `for (const row of rows)`: the loop's own variable.
    if ((ts.isForStatement(scope) || ts.isForOfStatement(scope) || ts.isForInStatement(scope)) && scope.initializer && ts.isVariableDeclarationList(scope.initializer)) {
      for (const declaration of scope.initializer.declarations) {
        const bound = bindingNamed(declaration.name, name);
        if (bound) return ts.isIdentifier(bound) ? declaration : bound;
      }
    }
    const statements = ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope) || ts.isCaseOrDefaultClause(scope) ? scope.statements : undefined;
    const declaration = statements && declarationsIn(statements).get(name);
    if (declaration) return declaration;
  }
  return undefined;
}

/** `exports` or `module.exports`, as written (see isModuleExportsObject for a local holding it). */
export function isCommonJsExports(expression: ts.Expression): boolean {
  if (ts.isIdentifier(expression)) return expression.text === "exports";
  return ts.isPropertyAccessExpression(expression) && expression.name.text === "exports" && ts.isIdentifier(expression.expression) && expression.expression.text === "module";
}

/**
 * `exports`, `module.exports`, or a const holding it (`const Posts = module.exports;` then `Posts.get = …`): the CommonJS
 * module object, whose members are the module's exports.
 */
export function isModuleExportsObject(expression: ts.Expression): boolean {
  const node = unwrapExpression(expression);
  if (ts.isIdentifier(node) && node.text === "exports") return true;
  if (ts.isPropertyAccessExpression(node)) return ts.isIdentifier(node.expression) && node.expression.text === "module" && node.name.text === "exports";
  const held = ts.isIdentifier(node) ? constInitializerOf(node) : undefined;
  return held !== undefined && ts.isPropertyAccessExpression(held) && isModuleExportsObject(held);
}

/** What a `const` named by `identifier` is initialised with (a `let` may be reassigned, a destructured name is not the whole initializer). */
export function constInitializerOf(identifier: ts.Identifier): ts.Expression | undefined {
  const declaration = findDeclaration(identifier.text, identifier);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer || !ts.isIdentifier(declaration.name)) return undefined;
  const list = declaration.parent;
  return ts.isVariableDeclarationList(list) && list.flags & ts.NodeFlags.Const ? unwrapExpression(declaration.initializer) : undefined;
}

/**
 * The value a variable holds wherever it is read: a `const`'s initializer, or a `let`'s that nothing in its scope
 * assigns again (`let statusCode = res.statusCode === 200 ? 500 : res.statusCode`, written as `let` by habit).
 */
export function unchangedInitializerOf(identifier: ts.Identifier): ts.Expression | undefined {
  const constant = constInitializerOf(identifier);
  if (constant) return constant;
  const declaration = findDeclaration(identifier.text, identifier);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer || !ts.isIdentifier(declaration.name)) return undefined;
  const scope = declaration.parent.parent?.parent;
  if (!scope) return undefined;
  const name = declaration.name.text;
  const isTarget = (target: ts.Expression): boolean => ts.isIdentifier(target) && target.text === name && findDeclaration(name, target) === declaration;
  const reassigns = (node: ts.Node): boolean => {
    const target = writtenTarget(node);
    if (target && isTarget(unwrapExpression(target))) return true;
    return ts.forEachChild(node, reassigns) ?? false;
  };
  return reassigns(scope) ? undefined : unwrapExpression(declaration.initializer);
}

/** A string known from the file alone: a literal, a `const` holding one, or a template of such (`${pathname}/:roleId`). */
export function constantString(node: ts.Expression | undefined, depth = 0): string | undefined {
  if (!node || depth > 3) return undefined;
  const value = stringValue(node);
  if (value !== undefined) return value;
  if (ts.isIdentifier(node)) return constantString(constInitializerOf(node), depth + 1);
  if (!ts.isTemplateExpression(node)) return undefined;
  let text = node.head.text;
  for (const span of node.templateSpans) {
    const part = constantString(unwrapExpression(span.expression), depth + 1);
    if (part === undefined) return undefined;
    text += part + span.literal.text;
  }
  return text;
}

/** An object literal written in place or held by a `const` in scope. */
export function objectLiteralBehind(expression: ts.Expression): ts.ObjectLiteralExpression | undefined {
  const value = unwrapExpression(expression);
  if (ts.isObjectLiteralExpression(value)) return value;
  const initializer = ts.isIdentifier(value) ? constInitializerOf(value) : undefined;
  return initializer && ts.isObjectLiteralExpression(initializer) ? initializer : undefined;
}

// Lookups climb every enclosing scope, so scanning statements per lookup is quadratic on files with thousands of
// top-level statements; each statement list is indexed once, on first lookup, and the index dies with the tree.
const declarationIndexes = new WeakMap<ts.NodeArray<ts.Statement>, Map<string, NameDeclaration>>();

/** Every name the statements declare, mapped to its first declaration (what a scan in order would find). */
function declarationsIn(statements: ts.NodeArray<ts.Statement>): Map<string, NameDeclaration> {
  let index = declarationIndexes.get(statements);
  if (index) return index;
  index = new Map();
  const add = (name: string, declaration: NameDeclaration): void => {
    if (!index!.has(name)) index!.set(name, declaration);
  };
  for (const statement of statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) forEachBound(declaration.name, declaration, add);
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
      add(statement.name.text, statement);
    } else if (ts.isImportDeclaration(statement) && statement.importClause) {
      const clause = statement.importClause;
      if (clause.name) add(clause.name.text, clause);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) add(bindings.name.text, bindings);
      if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) add(element.name.text, element);
    }
  }
  declarationIndexes.set(statements, index);
  return index;
}

/** Each name a binding introduces, with what `bindingNamed` resolves it to: the declaration itself or the destructuring element. */
function forEachBound(binding: ts.BindingName, declaration: ts.VariableDeclaration, add: (name: string, declaration: NameDeclaration) => void): void {
  if (ts.isIdentifier(binding)) return add(binding.text, declaration);
  for (const element of binding.elements) {
    if (ts.isOmittedExpression(element)) continue;
    if (ts.isIdentifier(element.name)) add(element.name.text, element);
    else forEachBound(element.name, declaration, add);
  }
}

/** The module a name is imported or required from (`import { Router } from "express"`, `const Koa = require("koa")`). */
export function importedModuleOf(name: string, from: ts.Node): string | undefined {
  if (!mayBeModuleBinding(name, from.getSourceFile())) return undefined;
  const declaration = findDeclaration(name, from);
  if (!declaration) return undefined;
  if (ts.isImportSpecifier(declaration)) return stringValue(declaration.parent.parent.parent.moduleSpecifier);
  if (ts.isNamespaceImport(declaration)) return stringValue(declaration.parent.parent.moduleSpecifier);
  if (ts.isImportClause(declaration)) return stringValue(declaration.parent.moduleSpecifier);
  let variable: ts.Node = declaration;
  while (ts.isBindingElement(variable) || ts.isObjectBindingPattern(variable) || ts.isArrayBindingPattern(variable)) variable = variable.parent;
  if (!ts.isVariableDeclaration(variable) || !variable.initializer) return undefined;
  const initializer = unwrapExpression(variable.initializer);
  const required = ts.isPropertyAccessExpression(initializer) ? initializer.expression : initializer;
  if (!ts.isCallExpression(required) || calleeText(required) !== "require") return undefined;
  return stringValue(required.arguments[0]);
}

/** The module the root of a dotted name is imported from (`axios` for `axios.create`); undefined when the root is not an import. */
export function importedModuleOfRoot(name: string, from: ts.Node): string | undefined {
  return importedModuleOf(name.split(".")[0]!, from);
}

/** `importedModuleOfRoot` of a callee: `zod` for `z.object(…)` after `import { z } from "zod"`. Unlike `calleeModuleOf`, a name bound to no import gives undefined. */
export function importedModuleOfCallee(call: ts.CallExpression | ts.NewExpression | ts.Decorator): string | undefined {
  const name = calleeText(call);
  return name === undefined ? undefined : importedModuleOfRoot(name, call);
}

const moduleBindingNames = new WeakMap<ts.SourceFile, ReadonlySet<string> | "any">();

/**
 * False when `name` cannot refer to a module: no import binds it and the file never calls `require`. Callers ask at
 * most calls in a file, and this spares nearly all of them the scope climb.
 */
function mayBeModuleBinding(name: string, sourceFile: ts.SourceFile): boolean {
  let names = moduleBindingNames.get(sourceFile);
  if (!names) {
    names = sourceFile.text.includes("require") ? "any" : importedNames(sourceFile.statements, new Set());
    moduleBindingNames.set(sourceFile, names);
  }
  return names === "any" || names.has(name);
}

/** Names bound by import declarations, which appear only at the top level and in `declare module` blocks. */
function importedNames(statements: ts.NodeArray<ts.Statement>, names: Set<string>): Set<string> {
  for (const statement of statements) {
    if (ts.isModuleDeclaration(statement) && statement.body && ts.isModuleBlock(statement.body)) importedNames(statement.body.statements, names);
    if (!ts.isImportDeclaration(statement) || !statement.importClause) continue;
    const clause = statement.importClause;
    if (clause.name) names.add(clause.name.text);
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
    else if (bindings) for (const element of bindings.elements) names.add(element.name.text);
  }
  return names;
}

/**
 * `guards.apiKey.bind(guards)`: the method a `.bind` call hands on, which is what runs when the result is called
 * (undefined for any other call).
 */
export function boundMethodOf(call: ts.CallExpression): ts.Expression | undefined {
  const callee = unwrapExpression(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "bind") return undefined;
  const method = unwrapExpression(callee.expression);
  return ts.isPropertyAccessExpression(method) ? method : undefined;
}

/** Whether `index <operator> other` (or the other way round) says the element was found; undefined when it is no such comparison. */
export function indexFound(operator: ts.SyntaxKind, other: ts.Expression, indexOnLeft: boolean): boolean | undefined {
  const literal = unwrapExpression(other);
  const value = ts.isPrefixUnaryExpression(literal) && literal.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(literal.operand) ? -Number(literal.operand.text) : ts.isNumericLiteral(literal) ? Number(literal.text) : undefined;
  if (value === undefined) return undefined;
  const { EqualsEqualsEqualsToken: same, EqualsEqualsToken: looseSame, ExclamationEqualsEqualsToken: differ, ExclamationEqualsToken: looseDiffer } = ts.SyntaxKind;
  if (value === -1 && (operator === same || operator === looseSame)) return false;
  if (value === -1 && (operator === differ || operator === looseDiffer)) return true;
  if (!indexOnLeft) return undefined;
  if (value === 0 && operator === ts.SyntaxKind.GreaterThanEqualsToken) return true;
  if (value === -1 && operator === ts.SyntaxKind.GreaterThanToken) return true;
  if (value === 0 && operator === ts.SyntaxKind.LessThanToken) return false;
  return undefined;
}

/** The function a name is bound to in its scope: `function f() {}` or `const f = (…) => …` / `= function …`. */
export function functionBoundTo(name: string, from: ts.Node): FunctionLike | undefined {
  const declaration = findDeclaration(name, from);
  if (!declaration) return undefined;
  if (ts.isFunctionDeclaration(declaration)) return declaration;
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
    const initializer = unwrapExpression(declaration.initializer);
    return isFunctionLike(initializer) ? initializer : undefined;
  }
  return undefined;
}

/** The `for (const x in …)` or `for (const x of …)` loop whose variable `identifier` names. */
function loopDeclaring(identifier: ts.Identifier): ts.ForInStatement | ts.ForOfStatement | undefined {
  const declaration = findDeclaration(identifier.text, identifier);
  const loop = declaration && ts.isVariableDeclaration(declaration) ? declaration.parent.parent : undefined;
  return loop && (ts.isForInStatement(loop) || ts.isForOfStatement(loop)) ? loop : undefined;
}

/**
 * The names a `for (const x of …)` variable takes: the identifiers of an array literal iterated in place or returned by
 * a function of the file (`for (const router of createRouters(ctx))` with `return [apiRouter, userRouter]`).
 */
export function forOfElementNames(identifier: ts.Identifier): string[] | undefined {
  const loop = loopDeclaring(identifier);
  if (!loop || !ts.isForOfStatement(loop)) return undefined;
  const iterated = unwrapExpression(loop.expression);
  const producer = ts.isCallExpression(iterated) && ts.isIdentifier(iterated.expression) ? functionBoundTo(iterated.expression.text, iterated) : undefined;
  const lists = ts.isArrayLiteralExpression(iterated) ? [iterated] : producer ? returnedExpressions(producer)?.map(unwrapExpression) : undefined;
  if (!lists || lists.length === 0) return undefined;
  const names: string[] = [];
  for (const list of lists) {
    if (!ts.isArrayLiteralExpression(list) || !list.elements.every(ts.isIdentifier)) return undefined;
    names.push(...list.elements.map((element) => (element as ts.Identifier).text));
  }
  return names;
}

const startFunctionsByFile = new WeakMap<ts.SourceFile, ReadonlySet<string>>();

/** The call a module-level statement makes as the file loads: `main();`, `void main();`, `start().catch(...)`, `(async () => {…})()`. */
function moduleLevelCallOf(statement: ts.Statement): ts.CallExpression | undefined {
  if (!ts.isExpressionStatement(statement)) return undefined;
  let expression: ts.Expression = unwrapExpression(statement.expression);
  if (ts.isVoidExpression(expression) || ts.isAwaitExpression(expression)) expression = unwrapExpression(expression.expression);
  // Follow `.catch(...)`/`.then(...)`/`.finally(...)` chains back to the call they start from.
  while (ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression) && ts.isCallExpression(unwrapExpression(expression.expression.expression))) {
    expression = unwrapExpression(expression.expression.expression);
  }
  return ts.isCallExpression(expression) ? expression : undefined;
}

/** The file's own functions it calls from a module-level statement (`main();`, `void main();`, `start().catch(...)`): they run while it loads. */
export function startFunctionNames(sourceFile: ts.SourceFile): ReadonlySet<string> {
  let names = startFunctionsByFile.get(sourceFile);
  if (names) return names;
  const found = new Set<string>();
  const statements = sourceFile.statements;
  for (const statement of statements) {
    const call = moduleLevelCallOf(statement);
    if (!call || !ts.isIdentifier(call.expression)) continue;
    const name = call.expression.text;
    const isLocalFunction = statements.some(
      (other) =>
        (ts.isFunctionDeclaration(other) && other.name?.text === name) ||
        (ts.isVariableStatement(other) && other.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name && !!d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer)))),
    );
    if (isLocalFunction) found.add(name);
  }
  startFunctionsByFile.set(sourceFile, (names = found));
  return names;
}

/**
 * A module-level call of an async function written in place (`(async () => { … })()`): CommonJS's stand-in for
 * top-level `await`, the body of a script that runs when executed. A plain IIFE is not: bundles and UMD wrappers use it.
 */
export function startsAsyncBody(sourceFile: ts.SourceFile): boolean {
  return sourceFile.statements.some((statement) => {
    const call = moduleLevelCallOf(statement);
    const callee = call && unwrapExpression(call.expression);
    return !!callee && (ts.isArrowFunction(callee) || ts.isFunctionExpression(callee)) && !!callee.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword);
  });
}

/** The name of the module-level function (`function f`, `const f = () => …`) whose own body holds `node`, not a callback nested in it. */
export function moduleFunctionHolding(node: ts.Node): string | undefined {
  const fn = enclosingFunction(node);
  if (!fn) return undefined;
  if (ts.isFunctionDeclaration(fn)) return ts.isSourceFile(fn.parent) ? fn.name?.text : undefined;
  const holder = fn.parent;
  const isModuleConst = ts.isVariableDeclaration(holder) && holder.initializer === fn && ts.isIdentifier(holder.name) && ts.isVariableStatement(holder.parent.parent) && ts.isSourceFile(holder.parent.parent.parent);
  return isModuleConst ? (holder.name as ts.Identifier).text : undefined;
}

/**
 * The value `identifier` names is a property's name, never its value: the variable of `for (const key in record)` or
 * `for (const key of Object.keys(record))`, or a parameter of a function of this file, not exported, that is only ever
 * called, each call handing it such a name.
 */
export function holdsPropertyName(identifier: ts.Identifier, depth = 0): boolean {
  if (depth > 3) return false;
  const loop = loopDeclaring(identifier);
  if (loop) {
    if (ts.isForInStatement(loop)) return true;
    const iterated = unwrapExpression(loop.expression);
    return ts.isCallExpression(iterated) && calleeText(iterated) === "Object.keys";
  }
  const parameter = findDeclaration(identifier.text, identifier);
  if (!parameter || !ts.isParameter(parameter) || !ts.isIdentifier(parameter.name)) return false;
  const fn = parameter.parent;
  const name = isFunctionLike(fn) ? functionName(fn) : undefined;
  if (!name || !isFunctionLike(fn) || functionBoundTo(name, fn) !== fn || isExported(fn)) return false;
  const position = fn.parameters.indexOf(parameter);
  let calls = 0;
  let otherUse = false;
  const visit = (node: ts.Node): void => {
    if (otherUse) return;
    if (ts.isIdentifier(node) && node.text === name && node !== fn.name && !(ts.isVariableDeclaration(node.parent) && node.parent.name === node)) {
      const call = node.parent;
      const handed = ts.isCallExpression(call) && call.expression === node ? call.arguments[position] : undefined;
      const value = handed && unwrapExpression(handed);
      if (value && ts.isIdentifier(value) && holdsPropertyName(value, depth + 1)) calls++;
      else otherUse = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(fn.getSourceFile());
  return !otherUse && calls > 0;
}

/** `export function f`, or `export const f = …`. */
function isExported(fn: FunctionLike): boolean {
  const statement = ts.isFunctionDeclaration(fn) ? fn : fn.parent.parent?.parent;
  return !!statement && (ts.isFunctionDeclaration(statement) || ts.isVariableStatement(statement)) && hasModifier(statement, ts.SyntaxKind.ExportKeyword);
}

/** The nearest function around `node` (itself excluded). */
export function enclosingFunction(node: ts.Node): FunctionLike | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunctionLike(current)) return current;
  return undefined;
}

const settlementMethods = new Set(["then", "catch", "finally"]);

/** The `promise.then(fn)` (or `catch`, `finally`) call `fn` is handed to: a promise settles once, so `fn` runs at most once per promise. */
export function settlementCallOf(fn: ts.Node): ts.CallExpression | undefined {
  const call = fn.parent;
  if (!ts.isCallExpression(call) || !call.arguments.includes(fn as ts.Expression)) return undefined;
  return ts.isPropertyAccessExpression(call.expression) && settlementMethods.has(call.expression.name.text) ? call : undefined;
}

/** Inside a function body, except an IIFE run while the module loads. */
export function isInsideFunction(node: ts.Node): boolean {
  for (let current = node.parent; current && !ts.isSourceFile(current); current = current.parent) {
    if (!ts.isFunctionLike(current)) continue;
    let outer = current.parent;
    while (ts.isParenthesizedExpression(outer)) outer = outer.parent;
    if (!(ts.isCallExpression(outer) && unwrapExpression(outer.expression) === unwrapExpression(current as ts.Expression))) return true;
  }
  return false;
}

/** Every name a binding binds: `x`, or each name in a destructuring pattern (`{ a, b: [c] }`), nested ones too. */
export function collectBindingNames(binding: ts.BindingName, into: Set<string>): void {
  if (ts.isIdentifier(binding)) into.add(binding.text);
  else for (const element of binding.elements) if (!ts.isOmittedExpression(element)) collectBindingNames(element.name, into);
}

/** Type annotations of a scalar (`string`, `number`, `boolean`, a literal type): never a request, an error object or a response. */
export const primitiveTypeKinds: ReadonlySet<ts.SyntaxKind> = new Set([ts.SyntaxKind.StringKeyword, ts.SyntaxKind.NumberKeyword, ts.SyntaxKind.BooleanKeyword, ts.SyntaxKind.LiteralType]);

/** What a call resolves to: the module its callee comes from and the member called on it (`jwt.sign` → jsonwebtoken,
 * "sign"; `new Stripe(…)` → stripe, ""; `createHmac` imported from crypto → crypto, "createHmac"). A name bound to
 * no module stands for itself (`crypto.createHmac` without an import → crypto). */
export function calleeModuleOf(callee: ts.Expression): { module?: string; member: string } {
  const expression = unwrapExpression(callee);
  if (ts.isIdentifier(expression)) {
    const module = importedModuleOf(expression.text, expression);
    return module ? { module, member: importedMemberOf(expression) } : { module: expression.text, member: "" };
  }
  if (ts.isPropertyAccessExpression(expression)) {
    const owner = unwrapExpression(expression.expression);
    if (ts.isIdentifier(owner)) return { module: importedModuleOf(owner.text, owner) ?? owner.text, member: expression.name.text };
    const required = requiredModule(owner);
    if (required) return { module: required, member: expression.name.text };
  }
  const required = requiredModule(expression);
  return required ? { module: required, member: "" } : { member: "" };
}

/** Next.js `redirect()`, `permanentRedirect()` or `notFound()` from next/navigation: they throw, ending the handler. */
export function isNextNavigationExit(call: ts.CallExpression): boolean {
  const { module, member } = calleeModuleOf(call.expression);
  return module === "next/navigation" && ["notFound", "redirect", "permanentRedirect"].includes(member);
}

/** The export an imported name binds: the named import or destructured require it renames, "" for the whole module. */
function importedMemberOf(name: ts.Identifier): string {
  const declaration = findDeclaration(name.text, name);
  if (declaration && (ts.isImportSpecifier(declaration) || ts.isBindingElement(declaration))) {
    const imported = declaration.propertyName ?? declaration.name;
    return ts.isIdentifier(imported) ? imported.text : "";
  }
  return "";
}

/**
 * A JavaScript file with no `import` declaration: a CommonJS script (`require`), which cannot load the TypeScript ES
 * modules the scaffolding fixes write.
 */
export function isCommonJsScript(filePath: string, sourceFile: ts.SourceFile): boolean {
  return isJavaScriptFile(filePath) && sourceFile.statements.every((statement) => !ts.isImportDeclaration(statement));
}

/** A JavaScript source file (`.js`, `.jsx`, `.mjs`, `.cjs`): a module written next to it must be JavaScript too. */
export function isJavaScriptFile(filePath: string): boolean {
  return /\.(jsx?|mjs|cjs)$/.test(filePath);
}

/** The package a specifier names, without Deno's `npm:` prefix, a CDN host or a version: `npm:valibot@1` → `valibot`. */
export function packageOf(specifier: string): string {
  const bare = specifier.replace(/^(npm:|jsr:)/, "").replace(/^https?:\/\/(esm\.sh|cdn\.skypack\.dev|cdn\.jsdelivr\.net\/npm)\//, "");
  return bare.replace(/^(@[^/@]+\/[^/@]+|[^/@]+)@[^/]+/, "$1");
}

/** The package a module specifier imports from: `@fastify/helmet` → `@fastify/helmet`, `hono/secure-headers` → `hono`. */
export function packageNameOf(module: string): string {
  const parts = module.split("/");
  return module.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

/** The module of a `require("…")` call. */
export function requiredModule(node: ts.Expression | undefined): string | undefined {
  if (!node || !ts.isCallExpression(node)) return undefined;
  if (!ts.isIdentifier(node.expression) || node.expression.text !== "require") return undefined;
  return stringValue(node.arguments[0]);
}

/** `name` itself when it is the identifier, or the destructuring element that binds it. */
export function bindingNamed(binding: ts.BindingName, name: string): ts.Identifier | ts.BindingElement | undefined {
  if (ts.isIdentifier(binding)) return binding.text === name ? binding : undefined;
  for (const element of binding.elements) {
    if (ts.isOmittedExpression(element)) continue;
    if (ts.isIdentifier(element.name) && element.name.text === name) return element;
    const nested = bindingNamed(element.name, name);
    if (nested) return nested;
  }
  return undefined;
}

/** Splits `stripeSecretKey`, `STRIPE_SECRET_KEY` or `x-api-key` into lower-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * `node` runs only on some paths through `statement`: a branch of `?:`, the right side of `&&`, `||` or `??`, or an
 * `if`'s branch, inside it. Code moved out in front of the statement would run on every path.
 */
export function isConditionalWithin(node: ts.Node, statement: ts.Node): boolean {
  for (let child = node, parent = node.parent; parent && child !== statement; child = parent, parent = parent.parent) {
    if (ts.isConditionalExpression(parent) && parent.condition !== child) return true;
    if (ts.isBinaryExpression(parent) && parent.right === child && isShortCircuit(parent.operatorToken.kind)) return true;
    if (ts.isIfStatement(parent) && parent.expression !== child) return true;
  }
  return false;
}

/** The value decides a branch: an `if` or `?:` condition, through `!`, `&&`, `||` and parentheses. */
export function isInCondition(node: ts.Node): boolean {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (ts.isIfStatement(parent)) return parent.expression === current;
    if (ts.isConditionalExpression(parent)) return parent.condition === current;
    const passes =
      ts.isParenthesizedExpression(parent) ||
      (ts.isPrefixUnaryExpression(parent) && parent.operator === ts.SyntaxKind.ExclamationToken) ||
      (ts.isBinaryExpression(parent) && (parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken || parent.operatorToken.kind === ts.SyntaxKind.BarBarToken));
    if (!passes) return false;
    current = parent;
  }
}

/**
 * The callee as the project model names functions: `helper`, `object.method`, `Class.method`; `this.users.create`
 * becomes `UsersService.create` when the class types its `users` field or constructor parameter; `new Command(...)`
 * becomes `Command.constructor`.
 */
export function projectCalleeName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const name = dottedName(unwrapExpression(call.expression));
  if (!name) return undefined;
  if (ts.isNewExpression(call)) return name.includes(".") ? undefined : `${name}.constructor`;
  const segments = name.split(".");
  if (segments[0] !== "this") return name;
  if (segments.length !== 3) return undefined;
  const type = classMemberType(call, segments[1]!);
  return type ? `${type}.${segments[2]}` : undefined;
}

/** The class a member of the enclosing class holds, by its declared type (`private readonly users: UsersService`) or `new UsersService()`. */
function classMemberType(from: ts.Node, member: string): string | undefined {
  const declared = classMemberDeclaration(from, member);
  if (!declared) return undefined;
  const type = declared.type;
  const typeName = type && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) ? type.typeName.text : undefined;
  if (ts.isParameter(declared)) return typeName;
  const made = declared.initializer && unwrapExpression(declared.initializer);
  return typeName ?? (made && ts.isNewExpression(made) && ts.isIdentifier(made.expression) ? made.expression.text : undefined);
}

/** Where the class around `from` declares its member `member`: a property, or a constructor parameter of that name. */
export function classMemberDeclaration(from: ts.Node, member: string): ts.PropertyDeclaration | ts.ParameterDeclaration | undefined {
  const owner = enclosingClass(from);
  if (!owner) return undefined;
  for (const element of owner.members) {
    if (ts.isPropertyDeclaration(element) && ts.isIdentifier(element.name) && element.name.text === member) return element;
    if (ts.isConstructorDeclaration(element)) {
      const parameter = element.parameters.find((candidate) => ts.isIdentifier(candidate.name) && candidate.name.text === member);
      if (parameter) return parameter;
    }
  }
  return undefined;
}

/** The nearest class around `node` (itself excluded). */
export function enclosingClass(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) if (ts.isClassLike(current)) return current;
  return undefined;
}

/** The first name of a possibly qualified type name: `Knex` of `Knex.Transaction`. */
export function entityRoot(name: ts.EntityName): string {
  return ts.isIdentifier(name) ? name.text : entityRoot(name.left);
}

/** The module-level function holding `node`, with its name: `function load() {…}` or `const load = () => {…}`. */
export function topLevelFunctionOf(node: ts.Node): { name: ts.Identifier; declaration: ts.Node } | undefined {
  let fn: ts.Node | undefined;
  for (let current = node.parent; current && !ts.isSourceFile(current); current = current.parent) if (ts.isFunctionLike(current)) fn = current;
  if (!fn) return undefined;
  if (ts.isFunctionDeclaration(fn) && fn.name && ts.isSourceFile(fn.parent)) return { name: fn.name, declaration: fn };
  const declaration = fn.parent;
  if (ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name) && ts.isSourceFile(declaration.parent.parent.parent)) return { name: declaration.name, declaration };
  return undefined;
}

/** Whether the function's name is used anywhere in the file outside its own declaration (a call, a callback, an export list). */
export function isReferencedOutside(fn: { name: ts.Identifier; declaration: ts.Node }, sourceFile: ts.SourceFile): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || node === fn.declaration) return;
    if (ts.isIdentifier(node) && node.text === fn.name.text && !ts.isExportSpecifier(node.parent)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/**
 * `export default new Orders()`, `module.exports = new Orders()`: a module that hands out one instance of a class it
 * declares, whose methods routers register (`router.post("/x", orders.cancel)`). Each instance method (or function
 * property), by name.
 */
export function instanceMethodsOf(expression: ts.Expression): { className: string; methods: Array<{ name: string; fn: FunctionLike }> } | undefined {
  const made = unwrapExpression(expression);
  if (!ts.isNewExpression(made) || !ts.isIdentifier(made.expression)) return undefined;
  const className = made.expression.text;
  const declaration = made.getSourceFile().statements.find((statement): statement is ts.ClassDeclaration => ts.isClassDeclaration(statement) && statement.name?.text === className);
  if (!declaration) return undefined;
  const methods = declaration.members.flatMap((member) => {
    const held = hasModifier(member, ts.SyntaxKind.StaticKeyword) ? undefined : memberFunction(member);
    return held ? [held] : [];
  });
  return { className, methods };
}

/**
 * A member holding a function, by name: a method with a body (`async post(ctx) { … }`), or a property set to an arrow
 * or function expression (`post = async (ctx) => …` in a class, `post: async (ctx) => …` in an object literal).
 */
export function memberFunction(member: ts.ClassElement | ts.ObjectLiteralElementLike): { name: string; fn: FunctionLike } | undefined {
  if (!member.name || !ts.isIdentifier(member.name)) return undefined;
  if (ts.isMethodDeclaration(member)) return member.body ? { name: member.name.text, fn: member } : undefined;
  const value = (ts.isPropertyDeclaration(member) || ts.isPropertyAssignment(member)) && member.initializer ? unwrapExpression(member.initializer) : undefined;
  return value && (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) ? { name: member.name.text, fn: value } : undefined;
}
