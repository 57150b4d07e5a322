// Whether a value carries data a client sent, as far as its provenance can be followed: read from the request in a
// function that handles one (request-taint.ts's reads), computed from such a value by any call (a key built from an
// address, a hash of a header), handed in through a parameter by a caller of this file or, for an exported function, by
// a caller elsewhere that read it from its request (imported-calls.ts records those argument positions), or handed to a
// callback by a framework or another package (a socket, a watcher, a queue), or a Nest `ExecutionContext`. Values from configuration, constants, the
// module's own state and other packages' results do not. Answers only; never reports.
import { ts } from "ts-morph";
import { requestTaintOf } from "./request-taint.js";
import { descendantsOfKind } from "../engine/node-index.js";
import { findDeclaration, functionBoundTo, importedModuleOf, isFunctionLike, referencesOf, unwrapExpression, type FunctionLike, type NameDeclaration } from "./syntax.js";
import type { Framework } from "./types.js";

/** Where callers outside the file are asked: the argument positions of an exported function some caller fills from its request. */
export interface ProvenanceScope {
  sourceFile: ts.SourceFile;
  /** The functions of this file that handle a request, with the framework that calls them. */
  requestFunctions: ReadonlyMap<FunctionLike, Framework>;
  /** The argument positions production callers elsewhere fill from their request, for a top-level function of this file. */
  requestArgumentsOf?(local: string): ReadonlySet<number>;
}

/** Array methods that call their callback with the receiver's elements: a parameter holds what the receiver holds. */
const elementCallbacks = new Set(["forEach", "map", "flatMap", "filter", "reduce", "some", "every", "find", "findIndex", "sort"]);
/** A promise's callbacks get what the promise settles with. */
const settlementMethods = new Set(["then", "catch", "finally"]);

/**
 * What each variable or parameter of a file was found to carry, by the scope asking: a later question about the same
 * name reads the answer instead of walking its callers again. Only answers a walk reached without a cut are kept.
 */
const answers = new WeakMap<ProvenanceScope, { computed: Map<ts.Node, boolean>; asSent: Map<ts.Node, boolean> }>();

/** Nodes one question may visit: a value's provenance is a few steps in real code; a file whose callers fan out stops here. */
const visitBudget = 4000;

/**
 * `expression`'s value is, or is computed from, data a client sent. With `asSent`, only what the client sent itself (a
 * token it presented, cut or trimmed): what an awaited call answers came from the party called (a store, an identity
 * provider exchanging the client's code), though the client's input picked it.
 */
export function carriesRequestData(scope: ProvenanceScope, expression: ts.Expression, options: { asSent?: boolean } = {}): boolean {
  let known = answers.get(scope);
  if (!known) answers.set(scope, (known = { computed: new Map(), asSent: new Map() }));
  const asSent = options.asSent === true;
  return new ProvenanceWalk(scope, asSent ? known.asSent : known.computed, asSent).carries(expression, 0);
}

class ProvenanceWalk {
  private readonly seen = new Set<ts.Node>();
  private visits = 0;
  /** Times the walk stopped short (depth, budget, a value already on its path): a "no" after one is not final. */
  private cuts = 0;

  constructor(
    private readonly scope: ProvenanceScope,
    private readonly known: Map<ts.Node, boolean>,
    private readonly asSent: boolean,
  ) {}

  carries(expression: ts.Expression, depth: number): boolean {
    if (depth > 4 || this.seen.has(expression) || this.visits > visitBudget) {
      this.cuts++;
      return false;
    }
    this.seen.add(expression);
    const requestFunctions = [...this.enclosingRequestFunctions(expression)];
    const visit = (node: ts.Node): boolean => {
      if (++this.visits > visitBudget) {
        this.cuts++;
        return false;
      }
      // A function written inside the value is a callback, not data.
      if (isFunctionLike(node)) return false;
      // The reads taint tracking knows (`req.body.x`, `c.req.param("id")`, a `@Body()` parameter): the walk visits the
      // rest of the value itself.
      if (this.readsRequest(node, requestFunctions)) return true;
      // An awaited call's answer: the request itself (`await cookies()`, `await c.req.json()`) or the party it called.
      if (this.asSent && ts.isAwaitExpression(node) && ts.isCallExpression(unwrapExpression(node.expression))) return this.readsRequest(unwrapExpression(node.expression), requestFunctions);
      if (ts.isIdentifier(node) && isReference(node)) return this.identifierCarries(node, depth);
      return ts.forEachChild(node, (child) => visit(child) || undefined) === true;
    };
    return visit(expression);
  }

  /** `node` is a read taint tracking knows (`req.body.x`, `c.req.param("id")`, a `@Body()` parameter) or Next's `cookies()`. */
  private readsRequest(node: ts.Node, requestFunctions: ReadonlyArray<[FunctionLike, Framework]>): boolean {
    const isRead = ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isCallExpression(node);
    if (isRead && requestFunctions.some(([fn, framework]) => requestTaintOf(fn, this.scope.sourceFile, framework).carriesInput(node))) return true;
    return ts.isCallExpression(node) && readsRequestScope(node);
  }

  private *enclosingRequestFunctions(node: ts.Node): Iterable<[FunctionLike, Framework]> {
    for (let current = node.parent; current; current = current.parent) {
      const framework = isFunctionLike(current) ? this.scope.requestFunctions.get(current) : undefined;
      if (framework) yield [current as FunctionLike, framework];
    }
  }

  private identifierCarries(identifier: ts.Identifier, depth: number): boolean {
    const declaration = findDeclaration(identifier.text, identifier);
    if (!declaration) return false;
    let holder: ts.Node = declaration;
    while (ts.isBindingElement(holder) || ts.isObjectBindingPattern(holder) || ts.isArrayBindingPattern(holder)) holder = holder.parent;
    const known = this.known.get(holder);
    if (known !== undefined) return known;
    const cuts = this.cuts;
    const found = this.holderCarries(holder, depth);
    if (found || this.cuts === cuts) this.known.set(holder, found);
    return found;
  }

  /** What the variable or parameter `holder` declares takes: its initializer and assignments, or what callers pass. */
  private holderCarries(holder: ts.Node, depth: number): boolean {
    if (ts.isVariableDeclaration(holder)) {
      const loop = holder.parent.parent;
      // `for (const item of list)`: an element of the list.
      if ((ts.isForOfStatement(loop) || ts.isForInStatement(loop)) && loop.initializer === holder.parent) return this.carries(loop.expression, depth);
      if (holder.initializer !== undefined && this.carries(holder.initializer, depth)) return true;
      // A `let` takes what any assignment gives it (`lastVerb = req.headers["x-verb"]` in a middleware).
      const list = holder.parent;
      return ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) === 0 && ts.isIdentifier(holder.name) && assignedValues(holder as ts.VariableDeclaration & { name: ts.Identifier }).some((value) => this.carries(value, depth));
    }
    if (!ts.isParameter(holder)) return false;
    if (isNestExecutionContext(holder)) return true;
    const owner = holder.parent;
    const index = owner.parameters.indexOf(holder);
    if (ts.isConstructorDeclaration(owner)) return ts.isClassDeclaration(owner.parent) && !!owner.parent.name && this.constructionsCarry(owner.parent as ts.ClassDeclaration & { name: ts.Identifier }, index, depth + 1);
    return isFunctionLike(owner) && this.parameterCarries(owner, index, depth + 1);
  }

  /** What the function's callers hand it at `index`: its request when it handles one, else what its callers pass. */
  private parameterCarries(fn: FunctionLike, index: number, depth: number): boolean {
    if (depth > 4) {
      this.cuts++;
      return false;
    }
    // The request itself, handed whole to a helper (`parseBody(c)`).
    if (index === 0 && this.scope.requestFunctions.has(fn)) return true;
    const call = fn.parent;
    if (ts.isCallExpression(call) && call.arguments.includes(fn as ts.Expression)) return this.callbackParameterCarries(call, depth);
    if (ts.isMethodDeclaration(fn) && ts.isIdentifier(fn.name) && ts.isClassLike(fn.parent)) return this.methodCallsCarry(fn.parent, fn.name.text, index, depth);
    const named = nameOf(fn);
    if (!named) return false;
    for (const reference of referencesOf(named.declaration)) {
      const caller = reference.parent;
      if (!ts.isCallExpression(caller)) continue;
      const argument = caller.expression === reference ? caller.arguments[index] : undefined;
      if (argument && this.carries(argument, depth)) return true;
      // Handed by name to a framework (`router.get("/me", loadAccount, …)`), like a callback written in place.
      if (caller.arguments.includes(reference) && this.callbackParameterCarries(caller, depth)) return true;
    }
    return named.topLevel && !!this.scope.requestArgumentsOf?.(named.declaration.name.text).has(index);
  }

  /**
   * A callback's parameters: the elements of the receiver of `list.forEach(cb)`, the result of `promise.then(cb)`'s
   * promise, nothing a function of this file hands it (it was followed where that function calls it, if at all), and
   * for a callback given to a framework or another package (`io.on("connection", …)`, `fs.watch(dir, …)`) what that
   * code receives from outside.
   */
  private callbackParameterCarries(call: ts.CallExpression, depth: number): boolean {
    const callee = unwrapExpression(call.expression);
    if (ts.isPropertyAccessExpression(callee) && (elementCallbacks.has(callee.name.text) || settlementMethods.has(callee.name.text))) {
      // A call's settled answer, like an awaited one, is what the party called sent back.
      const answered = settlementMethods.has(callee.name.text) && this.asSent ? unwrapExpression(callee.expression) : undefined;
      if (answered && ts.isCallExpression(answered)) return this.readsRequest(answered, [...this.enclosingRequestFunctions(answered)]);
      return this.carries(callee.expression, depth);
    }
    return !isOwnFunction(callee);
  }

  /** `new Name(…)` in the file, each handing `index` something that carries request data. */
  private constructionsCarry(owner: ts.ClassDeclaration & { name: ts.Identifier }, index: number, depth: number): boolean {
    return referencesOf(owner).some((reference) => {
      const construction = reference.parent;
      const argument = ts.isNewExpression(construction) && construction.expression === reference ? construction.arguments?.[index] : undefined;
      return argument !== undefined && this.carries(argument, depth);
    });
  }

  /** `this.name(…)` calls in the class, each handing `index` something that carries request data. */
  private methodCallsCarry(owner: ts.ClassLikeDeclaration, name: string, index: number, depth: number): boolean {
    return descendantsOfKind<ts.CallExpression>(owner, ts.SyntaxKind.CallExpression).some((call) => {
      const callee = call.expression;
      if (!ts.isPropertyAccessExpression(callee) || callee.expression.kind !== ts.SyntaxKind.ThisKeyword || callee.name.text !== name) return false;
      const argument = call.arguments[index];
      return argument !== undefined && this.carries(argument, depth);
    });
  }
}

/** `node` is written inside a function that handles a request (a nested callback of one included). */
export function isInRequestFunction(requestFunctions: ReadonlyMap<FunctionLike, Framework>, node: ts.Node): boolean {
  for (let current = node.parent; current; current = current.parent) if (isFunctionLike(current) && requestFunctions.has(current)) return true;
  return false;
}

/** Functions that read the request being served wherever they are called: Next.js `cookies()` and `headers()`. */
const requestScopeReaders: ReadonlyMap<string, ReadonlySet<string>> = new Map([["next/headers", new Set(["cookies", "headers"])]]);

function readsRequestScope(call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  if (!ts.isIdentifier(callee)) return false;
  const module = importedModuleOf(callee.text, callee);
  return module !== undefined && !!requestScopeReaders.get(module)?.has(callee.text);
}

/** Nest hands guards, interceptors and param decorators the request inside an `ExecutionContext`. */
const nestContextTypes = new Set(["ExecutionContext", "ArgumentsHost"]);

function isNestExecutionContext(parameter: ts.ParameterDeclaration): boolean {
  const type = parameter.type;
  if (!type || !ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName) || !nestContextTypes.has(type.typeName.text)) return false;
  return importedModuleOf(type.typeName.text, parameter) === "@nestjs/common";
}

const assignmentsByFile = new WeakMap<ts.SourceFile, Map<NameDeclaration, ts.Expression[]>>();

/** The values `name = …` assignments give the variable, wherever in the file they are: the file's assignments, gathered once. */
function assignedValues(declaration: ts.VariableDeclaration & { name: ts.Identifier }): readonly ts.Expression[] {
  const sourceFile = declaration.getSourceFile();
  let assignments = assignmentsByFile.get(sourceFile);
  if (!assignments) {
    assignments = new Map();
    for (const assignment of descendantsOfKind<ts.BinaryExpression>(sourceFile, ts.SyntaxKind.BinaryExpression)) {
      if (assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isIdentifier(assignment.left)) continue;
      const target = findDeclaration(assignment.left.text, assignment.left);
      if (!target) continue;
      const values = assignments.get(target);
      if (values) values.push(assignment.right);
      else assignments.set(target, [assignment.right]);
    }
    assignmentsByFile.set(sourceFile, assignments);
  }
  return assignments.get(declaration) ?? [];
}

/** A reference, not the name in a declaration or a property name. */
function isReference(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  if ((ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent)) && parent.name === identifier) return false;
  return !((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) && parent.name === identifier);
}

/** The declaration naming `fn` (`function f`, `const f = …`, a method), and whether it is the module's own top-level function. */
function nameOf(fn: FunctionLike): { declaration: (ts.FunctionDeclaration | ts.VariableDeclaration) & { name: ts.Identifier }; topLevel: boolean } | undefined {
  if (ts.isFunctionDeclaration(fn) && fn.name) return { declaration: fn as ts.FunctionDeclaration & { name: ts.Identifier }, topLevel: ts.isSourceFile(fn.parent) };
  const holder = fn.parent;
  if (ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name) && holder.initializer === fn) {
    return { declaration: holder as ts.VariableDeclaration & { name: ts.Identifier }, topLevel: ts.isSourceFile(holder.parent.parent.parent) };
  }
  return undefined;
}

/**
 * `save(cb)`, `this.save(cb)`, or a function imported from a module of the project: it hands the callback what it has,
 * which its own code decides.
 */
function isOwnFunction(callee: ts.Expression): boolean {
  if (ts.isPropertyAccessExpression(callee)) return callee.expression.kind === ts.SyntaxKind.ThisKeyword;
  if (!ts.isIdentifier(callee)) return false;
  if (functionBoundTo(callee.text, callee)) return true;
  const module = importedModuleOf(callee.text, callee);
  return module !== undefined && (module.startsWith(".") || module.startsWith("@/") || module.startsWith("~/"));
}
