// unbounded-cache: a module-level Map/Set/object/array that functions add to while nothing in the module ever removes
// entries, clears it or checks its size, and whose keys come from an open domain: data a client sent (followed through
// parameters to the callers that read it, see model/request-provenance.ts), or the id of a record the code fetches by it.
// A registry filled at start-up, keys from configuration, constants or the code's own names hold a bounded set.
// Collects the module's containers and every growth and shrink of them in the single walk.
import { ts } from "ts-morph";
import { descendantsOfKind } from "./engine/node-index.js";
import { defineRule, type RuleContext } from "./engine/types.js";
import { quoteNode } from "./model/secret-literals.js";
import { envNameOf } from "./model/env-reads.js";
import { carriesRequestData, isInRequestFunction, type ProvenanceScope } from "./model/request-provenance.js";
import { requestScopeOf } from "./model/request-scope.js";
import { calleeText, constInitializerOf, dottedName, entityRoot, findDeclaration, functionBoundTo, importedModuleOf, indexFound, isAssignmentOperator, isFunctionLike, isReferencedOutside, referencesOf, type NameDeclaration, returnedExpressions, settlementCallOf, topLevelFunctionOf, unwrapExpression, type FunctionLike } from "./model/syntax.js";

const { SyntaxKind } = ts;

type ContainerKind = "Map" | "Set" | "object" | "array";

interface Container {
  kind: ContainerKind;
  declaration: ts.VariableDeclaration;
}

const growingMethods: Readonly<Record<ContainerKind, ReadonlySet<string>>> = {
  Map: new Set(["set"]),
  Set: new Set(["add"]),
  object: new Set(),
  array: new Set(["push", "unshift"]),
};
/** Anything that removes entries or bounds the container. Reading `.size`/`.length` counts as a size check. */
const shrinkingMethods = new Set(["delete", "clear", "shift", "pop", "splice"]);
const sizeProperties = new Set(["size", "length"]);
/** `cache[key] = v`, `cache[key] ??= v`, `cache[key] ||= v` add a key. */
const assignments: ReadonlySet<ts.SyntaxKind> = new Set([SyntaxKind.EqualsToken, SyntaxKind.QuestionQuestionEqualsToken, SyntaxKind.BarBarEqualsToken]);

export default defineRule({
  id: "unbounded-cache",
  meta: {
    category: "reliability",
    severity: "warn",
    needsTypes: false,
    fix: "none",
    summary: "Module-level caches that grow on every request and never evict leak memory until the process is killed.",
    messages: {
      grows: "`{{name}}` is a module-level {{kind}} that `{{growth}}` adds to on every call, and nothing in this module removes entries, clears it or checks its size. Bound it (an LRU such as `lru-cache`, a TTL with `delete`, or a size check).",
    },
  },
  check(ctx) {
    const containers = new Map<string, Container>();
    const growth = new Map<string, ts.Node>();
    /** Every growth site per container: when all of them sit in exported setters only tests import, production never grows it. */
    const growthSites = new Map<string, ts.Node[]>();
    const bounded = new Set<string>();

    const noteGrowth = (name: string, node: ts.Node): void => {
      if (!isInsideFunction(node)) return;
      if (!growth.has(name)) growth.set(name, node);
      const sites = growthSites.get(name);
      if (sites) sites.push(node);
      else growthSites.set(name, [node]);
    };

    return {
      [SyntaxKind.VariableDeclaration](node) {
        const declaration = node as ts.VariableDeclaration;
        if (!ts.isIdentifier(declaration.name) || !declaration.initializer || !ts.isSourceFile(declaration.parent.parent.parent)) return;
        const kind = containerKind(declaration.initializer);
        if (kind) containers.set(declaration.name.text, { kind, declaration });
      },
      [SyntaxKind.CallExpression](node) {
        const call = node as ts.CallExpression;
        const callee = calleeText(call);
        if (!callee || !ts.isPropertyAccessExpression(call.expression)) return;
        const name = callee.slice(0, callee.lastIndexOf("."));
        const method = call.expression.name.text;
        if (shrinkingMethods.has(method)) bounded.add(name);
        else if ((method === "set" || method === "add" || method === "push" || method === "unshift") && !hasLiteralKey(call)) noteGrowth(name, call);
        // `Object.keys(cache).length > MAX` and `setInterval(() => …)` sweeps are size checks and evictions.
        if (callee === "Object.keys" || callee === "Object.entries") {
          const [argument] = call.arguments;
          if (argument && ts.isIdentifier(argument)) bounded.add(argument.text);
        }
      },
      [SyntaxKind.PropertyAccessExpression](node) {
        const access = node as ts.PropertyAccessExpression;
        if (sizeProperties.has(access.name.text) && ts.isIdentifier(access.expression)) bounded.add(access.expression.text);
      },
      [SyntaxKind.DeleteExpression](node) {
        const target = unwrapExpression((node as ts.DeleteExpression).expression);
        if (ts.isElementAccessExpression(target) && ts.isIdentifier(target.expression)) bounded.add(target.expression.text);
      },
      [SyntaxKind.BinaryExpression](node) {
        const binary = node as ts.BinaryExpression;
        if (!assignments.has(binary.operatorToken.kind)) return;
        const target = binary.left;
        // Reassigning the whole container (`cache = new Map()`) resets it.
        if (ts.isIdentifier(target)) {
          if (binary.operatorToken.kind === SyntaxKind.EqualsToken) bounded.add(target.text);
        }
        else if (ts.isElementAccessExpression(target) && ts.isIdentifier(target.expression) && !ts.isStringLiteralLike(target.argumentExpression)) noteGrowth(target.expression.text, binary);
      },
      onEnd() {
        for (const [name, container] of containers) {
          const growthSite = growth.get(name);
          if (!growthSite || bounded.has(name) || !grows(container, growthSite) || hasFiniteKeys(container)) continue;
          const sites = growthSites.get(name)!;
          if (sites.every((site) => hasBoundedKey(ctx, site) || isGuardedByMembership(site, name) || refusesRepeatedKey(site, name) || runsOnlyWhileLoading(ctx, site) || poolsClientsByConfig(site) || cachesFilesByPath(site))) continue;
          if (sites.every((site) => isFedOnlyByTests(ctx, site))) continue;
          const scope = requestScopeOf(ctx.project, ctx.file, ctx.sourceFile);
          const open = sites.find((site) => hasOpenKey(scope, site));
          if (!open) continue;
          ctx.report({ node: container.declaration, messageId: "grows", data: { name, kind: container.kind, growth: growthText(open) } });
        }
      },
    };
  },
});

/**
 * The growth's key comes from an open domain: it carries data a client sent, or it is the id of a record the function
 * fetches or stores by it (`await db.select().where(eq(teams.id, teamId))`), one entry per row. A request handler that
 * adds an entry under a key it does not take from a closed set (a session id it mints, an entry it pushes) adds one per
 * request.
 */
function hasOpenKey(scope: ProvenanceScope, site: ts.Node): boolean {
  const key = growthKey(site) ?? pushedValue(site);
  if (!key) return false;
  if (carriesRequestData(scope, key) || isInRequestFunction(scope.requestFunctions, site)) return true;
  return growthKey(site) !== undefined && namesFetchedRecord(key, site);
}

/**
 * The key, or a value of the function it is built from (`teamId`, `ctx.connectionId`), is handed whole to an awaited
 * call in the function that writes it: the code fetches or stores a record by it, so there is one key per record.
 */
function namesFetchedRecord(key: ts.Expression, site: ts.Node): boolean {
  const fn = outermostFunctionOf(site);
  if (!fn) return false;
  const names = new Set([...namesBehind(key, site, 0)].filter((name) => isDeclaredWithin(name, site, fn)));
  if (names.size === 0) return false;
  return descendantsOfKind<ts.AwaitExpression>(fn, SyntaxKind.AwaitExpression).some((awaited) => handsWhole(awaited.expression, names));
}

/** `name`'s root (`ctx` of `ctx.connectionId`) is a parameter or variable of `fn` or a function inside it, not module state. */
function isDeclaredWithin(name: string, site: ts.Node, fn: ts.Node): boolean {
  const root = name.split(".")[0]!;
  if (root === "this" || root === "") return false;
  const declaration = findDeclaration(root, site);
  return !!declaration && declaration.pos >= fn.pos && declaration.end <= fn.end;
}

/** An argument inside `call` (nested calls included) is one of `names` as a whole: not only a property of it. */
function handsWhole(call: ts.Node, names: ReadonlySet<string>): boolean {
  if ((ts.isIdentifier(call) || ts.isPropertyAccessExpression(call)) && isArgumentValue(call)) {
    const text = dottedName(call);
    if (text && names.has(text)) return true;
  }
  return ts.forEachChild(call, (child) => handsWhole(child, names) || undefined) === true;
}

/** A value handed on as it is: not the object of a longer chain, nor a callee, nor a property name. */
function isArgumentValue(node: ts.Identifier | ts.PropertyAccessExpression): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent)) return false;
  if (ts.isCallExpression(parent) && parent.expression === node) return false;
  return !(ts.isPropertyAssignment(parent) && parent.name === node);
}

/**
 * The growth sits in an exported top-level function that this module never calls and that only test code imports: a
 * hook a test setup uses to prime the container, which production never reaches.
 */
function isFedOnlyByTests(ctx: RuleContext<unknown>, site: ts.Node): boolean {
  const setter = topLevelFunctionOf(site);
  const exported = setter && ctx.file.exports.find((binding) => binding.local === setter.name.text);
  if (!setter || !exported || isReferencedOutside(setter, ctx.sourceFile)) return false;
  const importers = ctx.project.importersOfExport(ctx.filePath, exported.exported);
  return importers.length > 0 && importers.every((importer) => ctx.project.codeRoleOf(importer) === "test");
}

/** `new Map()`, `new Set()`, `{}`, `[]`, `Object.create(null)`: an empty, unbounded container. WeakMaps and LRUs are bounded. */
function containerKind(initializer: ts.Expression): ContainerKind | undefined {
  const expression = unwrapExpression(initializer);
  if (ts.isNewExpression(expression)) {
    const callee = calleeText(expression);
    return callee === "Map" ? "Map" : callee === "Set" ? "Set" : undefined;
  }
  if (ts.isObjectLiteralExpression(expression) && expression.properties.length === 0) return "object";
  if (ts.isArrayLiteralExpression(expression) && expression.elements.length === 0) return "array";
  if (ts.isCallExpression(expression) && calleeText(expression) === "Object.create") return "object";
  return undefined;
}

/** The growth matches the container: `set` on a Map, `add` on a Set, `push` on an array, `obj[key] =` on an object. */
function grows(container: Container, site: ts.Node): boolean {
  if (ts.isBinaryExpression(site)) return container.kind === "object" || container.kind === "Map";
  const method = ((site as ts.CallExpression).expression as ts.PropertyAccessExpression).name.text;
  return growingMethods[container.kind].has(method);
}

/** `registry.set("users", handler)`: a fixed key cannot grow the container. */
function hasLiteralKey(call: ts.CallExpression): boolean {
  const method = (call.expression as ts.PropertyAccessExpression).name.text;
  const [first] = call.arguments;
  return method === "set" && !!first && (ts.isStringLiteralLike(first) || ts.isNumericLiteral(first));
}

/** Array methods that call their callback before returning: a callback of one called at module level runs at load. */
const iterationMethods = new Set(["forEach", "map", "flatMap", "filter", "reduce", "some", "every", "find"]);

/**
 * Inside a function that runs after the module has loaded; IIFEs, iteration callbacks and promise callbacks (of a
 * module-level `import(…).then(…)`) called at load do not count.
 */
function isInsideFunction(node: ts.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isFunctionLike(current) && !runsWhileLoading(current)) return true;
  }
  return false;
}

function runsWhileLoading(fn: ts.Node): boolean {
  let outer = fn.parent;
  while (ts.isParenthesizedExpression(outer)) outer = outer.parent;
  if (!ts.isCallExpression(outer)) return false;
  if (outer.expression === fn || (ts.isParenthesizedExpression(outer.expression) && unwrapExpression(outer.expression) === fn)) return true;
  // A promise settles once, so its callbacks run once, in the context of the code that made the promise.
  if (settlementCallOf(fn)) return true;
  return ts.isPropertyAccessExpression(outer.expression) && iterationMethods.has(outer.expression.name.text) && outer.arguments[0] === fn;
}

/**
 * The container's keys come from a closed set: its declared key type (`Record<K, V>`, `Partial<Record<K, V>>`,
 * `Map<K, V>`, `Set<K>`) is a union of literals, a `keyof`, or a type alias or enum of this file that is one.
 */
function hasFiniteKeys(container: Container): boolean {
  const declaration = container.declaration;
  const initializer = declaration.initializer && unwrapExpression(declaration.initializer);
  const fromNew = initializer && ts.isNewExpression(initializer) ? initializer.typeArguments?.[0] : undefined;
  const keyType = fromNew ?? (declaration.type && declaredKeyType(declaration.type));
  return keyType !== undefined && isFiniteType(keyType, 0);
}

/**
 * The key written at the growth site comes from a closed set, followed through the local constants it is built from:
 * a literal, a class identity (`target.constructor.name`, as decorators record the class they are applied to: bounded
 * by the classes in the code), or a parameter whose declared type is closed (`language: keyof typeof locales`).
 */
function hasBoundedKey(ctx: RuleContext<unknown>, site: ts.Node): boolean {
  const key = ts.isBinaryExpression(site)
    ? ts.isElementAccessExpression(site.left) ? site.left.argumentExpression : undefined
    : (site as ts.CallExpression).arguments[0];
  const method = ts.isCallExpression(site) && ts.isPropertyAccessExpression(site.expression) ? site.expression.name.text : undefined;
  if (!key || method === "push" || method === "unshift") return false;
  return isBoundedKey(ctx, key, site, 0);
}

/** String methods whose result is bounded by their receiver: a closed set of inputs gives a closed set of outputs. */
const keyPreservingMethods = new Set(["replace", "replaceAll", "toLowerCase", "toUpperCase", "trim", "toString", "slice", "substring"]);

function isBoundedKey(ctx: RuleContext<unknown>, node: ts.Expression, site: ts.Node, depth: number): boolean {
  if (depth > 6) return false;
  const expression = unwrapExpression(node);
  if (ts.isStringLiteralLike(expression) || ts.isNumericLiteral(expression)) return true;
  // `process.env.DATABASE_URL`: one value per deployment.
  if (envNameOf(expression) !== undefined) return true;
  if (ts.isConditionalExpression(expression)) return isBoundedKey(ctx, expression.whenTrue, site, depth + 1) && isBoundedKey(ctx, expression.whenFalse, site, depth + 1);
  if (ts.isBinaryExpression(expression) && (expression.operatorToken.kind === SyntaxKind.QuestionQuestionToken || expression.operatorToken.kind === SyntaxKind.BarBarToken)) {
    return isBoundedKey(ctx, expression.left, site, depth + 1) && isBoundedKey(ctx, expression.right, site, depth + 1);
  }
  if (ts.isTemplateExpression(expression)) return expression.templateSpans.every((span) => isBoundedKey(ctx, span.expression, site, depth + 1));
  if (ts.isCallExpression(expression) && /^(String|JSON\.stringify)$/.test(calleeText(expression) ?? "") && expression.arguments.length === 1) {
    return isBoundedKey(ctx, expression.arguments[0]!, site, depth + 1);
  }
  if (ts.isPropertyAccessExpression(expression)) return readsConstructor(expression) || isClosedParameterProperty(expression, site) || readsTableEntry(ctx, expression, site, depth);
  if (ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression) && keyPreservingMethods.has(expression.expression.name.text)) {
    return isBoundedKey(ctx, expression.expression.expression, site, depth + 1);
  }
  if (!ts.isIdentifier(expression)) return false;
  if (isTableEntry(ctx, expression, site, depth)) return true;
  const declaration = localDeclarationOf(expression.text, site) ?? moduleVariableOf(expression.text, site);
  if (!declaration) return false;
  if (ts.isParameter(declaration)) {
    return (declaration.type !== undefined && isFiniteType(declaration.type, 0)) || isAlwaysPassed(ctx, declaration, (argument, call) => isBoundedKey(ctx, argument, call, depth + 1));
  }
  const list = declaration.parent;
  const isConstant = ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
  return isConstant && declaration.initializer !== undefined && isBoundedKey(ctx, declaration.initializer, site, depth + 1);
}

/**
 * A parameter of a top-level function whose every call passes what `passes` accepts in its place (a bounded key, a
 * table entry): the calls in this file, and, when the function is exported, the production calls in the files that
 * import it, each with a literal there (`getCounter("http.requests")`, a registry keyed by the names its callers
 * write). A function handed around as a value, or called by no one, may be given anything.
 */
function isAlwaysPassed(ctx: RuleContext<unknown>, parameter: ts.ParameterDeclaration, passes: (argument: ts.Expression, call: ts.CallExpression) => boolean): boolean {
  const fn = parameter.parent;
  const index = fn.parameters.indexOf(parameter);
  const named = topLevelFunctionOf(firstChildOf(fn));
  if (!named || named.declaration !== (ts.isFunctionDeclaration(fn) ? fn : fn.parent) || parameter.dotDotDotToken) return false;
  const localCalls = callsOf(named);
  if (!localCalls.every((call) => call.arguments[index] !== undefined && passes(call.arguments[index]!, call))) return false;
  const exported = ctx.file.exports.find((binding) => binding.local === named.name.text);
  if (!exported) return localCalls.length > 0 && !isReferencedOtherwise(named, ctx.sourceFile);
  const elsewhere = ctx.project.callsOfExport(ctx.filePath, exported.exported);
  return elsewhere !== undefined && !elsewhere.openArguments.has(index) && !isReferencedOtherwise(named, ctx.sourceFile);
}

/** `band.minInclusive`, `rule.versionBands`: a property of an entry of a table written in the code. */
function readsTableEntry(ctx: RuleContext<unknown>, access: ts.PropertyAccessExpression, site: ts.Node, depth: number): boolean {
  let root: ts.Expression = access;
  while (ts.isPropertyAccessExpression(root)) root = unwrapExpression(root.expression);
  return ts.isIdentifier(root) && isTableEntry(ctx, root, site, depth);
}

/**
 * An entry of a table written in the code, so one of a closed set: the variable of `for (const rule of RULES)` or the
 * parameter of `RULES.some((rule) => …)` over a table, or a parameter of a top-level function every call of which
 * passes such an entry (followed like a key, see isAlwaysPassed).
 */
function isTableEntry(ctx: RuleContext<unknown>, identifier: ts.Identifier, site: ts.Node, depth: number): boolean {
  if (depth > 6) return false;
  const declaration = localDeclarationOf(identifier.text, site);
  if (!declaration) return false;
  if (ts.isVariableDeclaration(declaration)) {
    const loop = declaration.parent.parent;
    return ts.isForOfStatement(loop) && isTable(ctx, loop.expression, loop, depth + 1);
  }
  const fn = declaration.parent;
  const call = fn.parent;
  if (ts.isCallExpression(call) && call.arguments[0] === fn && ts.isPropertyAccessExpression(call.expression) && iterationMethods.has(call.expression.name.text)) {
    return fn.parameters[0] === declaration && isTable(ctx, call.expression.expression, call, depth + 1);
  }
  return isAlwaysPassed(ctx, declaration, (argument, caller) => {
    const passed = unwrapExpression(argument);
    return ts.isIdentifier(passed) && isTableEntry(ctx, passed, caller, depth + 1);
  });
}

/**
 * A table: a module-level constant made of literals only (`const RULES = [{ id: "a", bands: [{ min: "1.0" }] }]`), or
 * an array held by an entry of one (`rule.bands`).
 */
function isTable(ctx: RuleContext<unknown>, expression: ts.Expression, site: ts.Node, depth: number): boolean {
  const table = unwrapExpression(expression);
  if (ts.isPropertyAccessExpression(table)) return readsTableEntry(ctx, table, site, depth);
  if (!ts.isIdentifier(table) || localDeclarationOf(table.text, site)) return false;
  const declaration = findDeclaration(table.text, site);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer || !ts.isSourceFile(declaration.parent.parent.parent)) return false;
  return (declaration.parent.flags & ts.NodeFlags.Const) !== 0 && isLiteralData(declaration.initializer, 0);
}

function isLiteralData(node: ts.Expression, depth: number): boolean {
  if (depth > 8) return false;
  const value = unwrapExpression(node);
  if (ts.isStringLiteralLike(value) || ts.isNumericLiteral(value) || value.kind === SyntaxKind.TrueKeyword || value.kind === SyntaxKind.FalseKeyword || value.kind === SyntaxKind.NullKeyword) return true;
  if (ts.isArrayLiteralExpression(value)) return value.elements.every((element) => isLiteralData(element, depth + 1));
  if (ts.isObjectLiteralExpression(value)) return value.properties.every((property) => ts.isPropertyAssignment(property) && isLiteralData(property.initializer, depth + 1));
  return false;
}

/** The function's name appears in the file other than as the callee of a call (a callback, an export list). */
function isReferencedOtherwise(named: { name: ts.Identifier; declaration: ts.Node }, sourceFile: ts.SourceFile): boolean {
  return callsOf(named).length === 0 && isReferencedOutside(named, sourceFile);
}

/** `target.constructor.name`, `(target.constructor as typeof Model).modelName`: a property of a class itself. */
function readsConstructor(access: ts.PropertyAccessExpression): boolean {
  for (let current: ts.Expression = access; ; ) {
    current = unwrapExpression(current);
    if (!ts.isPropertyAccessExpression(current)) return false;
    if (current.name.text === "constructor") return true;
    current = current.expression;
  }
}

/** The parameter or variable named `name` in the functions around `site` (the nearest one), if any. */
function localDeclarationOf(name: string, site: ts.Node): ts.ParameterDeclaration | ts.VariableDeclaration | undefined {
  for (let current = site.parent; current && !ts.isSourceFile(current); current = current.parent) {
    if (!ts.isFunctionLike(current)) continue;
    const parameter = current.parameters.find((candidate) => ts.isIdentifier(candidate.name) && candidate.name.text === name);
    if (parameter) return parameter;
    const body = (current as ts.FunctionLikeDeclaration).body;
    let found: ts.VariableDeclaration | undefined;
    const visit = (node: ts.Node): void => {
      if (found || (ts.isFunctionLike(node) && node !== current)) return;
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name) found = node;
      else ts.forEachChild(node, visit);
    };
    if (body) ts.forEachChild(body, visit);
    if (found) return found;
  }
  return undefined;
}

/** `const GET = "GET"` at the top of the module: the variable named `name` that `site` sees there, when no function around it declares one. */
function moduleVariableOf(name: string, site: ts.Node): ts.VariableDeclaration | undefined {
  const declaration = findDeclaration(name, site);
  return declaration && ts.isVariableDeclaration(declaration) && ts.isSourceFile(declaration.parent.parent.parent) ? declaration : undefined;
}

function declaredKeyType(type: ts.TypeNode): ts.TypeNode | undefined {
  if (!ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return undefined;
  const name = type.typeName.text;
  const [first] = type.typeArguments ?? [];
  if (name === "Partial" || name === "Readonly") return first && declaredKeyType(first);
  return ["Record", "Map", "Set", "ReadonlyMap", "ReadonlySet"].includes(name) ? first : undefined;
}

function isFiniteType(type: ts.TypeNode, depth: number): boolean {
  if (depth > 4) return false;
  if (ts.isLiteralTypeNode(type)) return true;
  if (ts.isUnionTypeNode(type)) return type.types.every((member) => isFiniteType(member, depth + 1));
  if (ts.isParenthesizedTypeNode(type)) return isFiniteType(type.type, depth + 1);
  if (ts.isTypeOperatorNode(type)) return type.operator === SyntaxKind.KeyOfKeyword;
  if (ts.isTypeReferenceNode(type) && ts.isQualifiedName(type.typeName)) return isImported(entityRoot(type.typeName), type.getSourceFile());
  if (!ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return false;
  const name = type.typeName.text;
  const [first] = type.typeArguments ?? [];
  // A subset of a closed type is closed.
  if ((name === "Exclude" || name === "Extract" || name === "NonNullable") && first) return isFiniteType(first, depth + 1);
  // A type parameter (`T extends FlagKey`) ranges over its constraint; an unconstrained one is open.
  const parameter = typeParameterNamed(name, type);
  if (parameter) return parameter.constraint !== undefined && isFiniteType(parameter.constraint, depth + 1);
  for (const statement of type.getSourceFile().statements) {
    if (ts.isEnumDeclaration(statement) && statement.name.text === name) return true;
    if (ts.isTypeAliasDeclaration(statement) && statement.name.text === name) return isFiniteType(statement.type, depth + 1);
  }
  // A named type from another module (an enum, a union of ids): this file cannot tell whether it is open, and an
  // open key type would be spelt `string` or `number` here. The rule cannot prove the growth, so it stays silent.
  return isImported(name, type.getSourceFile());
}

/** The type parameter `name` refers to at `from`: of an enclosing function, type alias, interface or class. */
function typeParameterNamed(name: string, from: ts.Node): ts.TypeParameterDeclaration | undefined {
  for (let current = from.parent; current && !ts.isSourceFile(current); current = current.parent) {
    const parameters = (ts.isFunctionLike(current) || ts.isTypeAliasDeclaration(current) || ts.isInterfaceDeclaration(current) || ts.isClassLike(current)) ? current.typeParameters : undefined;
    const found = parameters?.find((parameter) => parameter.name.text === name);
    if (found) return found;
  }
  return undefined;
}

/**
 * `opts.key` where `opts` is a parameter whose declared type, as far as this file spells it out, gives `key` a closed
 * type: `opts: FlagOptions<T>` with `type FlagOptions<T extends FlagKey> = { key: T }`, through intersections,
 * `Omit`/`Pick`/`Partial`/`Readonly`/`Required` and local type aliases and interfaces.
 */
function isClosedParameterProperty(access: ts.PropertyAccessExpression, site: ts.Node): boolean {
  const holder = unwrapExpression(access.expression);
  if (!ts.isIdentifier(holder)) return false;
  const declaration = localDeclarationOf(holder.text, site);
  if (!declaration || !ts.isParameter(declaration) || !declaration.type) return false;
  const member = memberTypeOf(declaration.type, access.name.text, 0);
  return member !== undefined && isFiniteType(member, 0);
}

const wrappingUtilityTypes = new Set(["Omit", "Pick", "Partial", "Readonly", "Required"]);

/** The declared type of property `name` in `type`, where this file declares it; undefined when it cannot tell. */
function memberTypeOf(type: ts.TypeNode, name: string, depth: number): ts.TypeNode | undefined {
  if (depth > 6) return undefined;
  if (ts.isParenthesizedTypeNode(type)) return memberTypeOf(type.type, name, depth + 1);
  if (ts.isIntersectionTypeNode(type)) {
    for (const member of type.types) {
      const found = memberTypeOf(member, name, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (ts.isTypeLiteralNode(type)) return propertyTypeIn(type.members, name);
  if (!ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return undefined;
  const [first] = type.typeArguments ?? [];
  if (wrappingUtilityTypes.has(type.typeName.text)) return first && memberTypeOf(first, name, depth + 1);
  for (const statement of type.getSourceFile().statements) {
    if (ts.isTypeAliasDeclaration(statement) && statement.name.text === type.typeName.text) return memberTypeOf(statement.type, name, depth + 1);
    if (ts.isInterfaceDeclaration(statement) && statement.name.text === type.typeName.text) return propertyTypeIn(statement.members, name);
  }
  return undefined;
}

function propertyTypeIn(members: ts.NodeArray<ts.TypeElement>, name: string): ts.TypeNode | undefined {
  const property = members.find((member) => ts.isPropertySignature(member) && ts.isIdentifier(member.name) && member.name.text === name) as ts.PropertySignature | undefined;
  return property?.type;
}

/** Lookups that prove a key is a member of another collection: `list.includes(key)`, `known.has(key)`, `key in table`. */
const membershipMethods = new Set(["includes", "has"]);
/** Searches whose callback compares each element with the key: `aliases.find((alias) => alias.name === key)`. */
const searchMethods = new Set(["find", "findIndex", "findLast", "some", "filter"]);

/**
 * The growth runs only once its key was found in another collection: inside `if (found)` where `found` came from
 * `other.find((x) => x.name === key)`, `other[key]` or `other.get(key)`, `if (other.includes(key))`, `if (key in
 * other)`, or after `if (!…) return`.
 * The container cannot hold more keys than that collection has members (a memo of config entries by alias).
 */
function isGuardedByMembership(site: ts.Node, container: string): boolean {
  const key = growthKey(site);
  if (!key || !ts.isIdentifier(key)) return false;
  for (let current: ts.Node = site; current.parent && !ts.isSourceFile(current.parent); current = current.parent) {
    const parent = current.parent;
    if (ts.isIfStatement(parent) && parent.thenStatement === current && provesMembership(parent.expression, key.text, container, site, false)) return true;
    if (ts.isBlock(parent)) {
      for (const statement of parent.statements) {
        if (statement === current) break;
        if (ts.isIfStatement(statement) && !statement.elseStatement && exitsEarly(statement.thenStatement) && provesMembership(statement.expression, key.text, container, site, true)) return true;
      }
    }
    if (ts.isFunctionLike(parent)) break;
  }
  return false;
}

/**
 * A registry that throws when its caller's key is already taken: `if (Object.hasOwn(caches, name)) throw …` before
 * `caches[name] = cache`, or `if (paths.indexOf(path) > -1) throw …` before `paths.push(path)`, with the key a
 * parameter or a value built from the parameters alone (`const path = prefix + "/" + config.path`). A cache serves
 * repeated keys; this container turns the second write of a key into an error, so only keys that never repeat can be
 * fed to it: the names its callers declare (one per cache, plugin or route the code defines). A key from request data
 * (a user, an address, a path) comes back on the next request and would fail it.
 */
function refusesRepeatedKey(site: ts.Node, container: string): boolean {
  const key = growthKey(site) ?? pushedValue(site);
  // `name` or `plugin.type`: the same chain is then looked for in the presence test.
  const keyName = key && dottedName(key);
  const fn = keyName ? functionAround(site) : undefined;
  if (!key || !keyName || !fn?.body || !ts.isBlock(fn.body) || !isBuiltFromParameters(key, fn, 0)) return false;
  for (const statement of fn.body.statements) {
    if (statement.end > site.pos) break;
    if (ts.isIfStatement(statement) && !statement.elseStatement && throwsAtEnd(statement.thenStatement) && testsPresence(statement.expression, keyName, container)) return true;
  }
  return false;
}

/** The function `node` sits in, a class constructor included (a registry's constructor refuses a taken name). */
function functionAround(node: ts.Node): FunctionLike | ts.ConstructorDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunctionLike(current) || ts.isConstructorDeclaration(current)) return current;
  return undefined;
}

/** `list.push(entry)` with one argument: the entry, which a list that refuses repeats keeps like a key. */
function pushedValue(site: ts.Node): ts.Expression | undefined {
  if (!ts.isCallExpression(site) || !ts.isPropertyAccessExpression(site.expression) || site.expression.name.text !== "push" || site.arguments.length !== 1) return undefined;
  return unwrapExpression(site.arguments[0]!);
}

/**
 * A value the function's caller decides: a parameter of `fn`, or a variable of `fn` never reassigned whose initializer
 * joins only parameters, their properties and literals (no call: a generated id would never repeat).
 */
function isBuiltFromParameters(node: ts.Expression, fn: FunctionLike | ts.ConstructorDeclaration, depth: number): boolean {
  if (depth > 8) return false;
  const expression = unwrapExpression(node);
  if (ts.isStringLiteralLike(expression) || ts.isNumericLiteral(expression)) return true;
  if (ts.isPropertyAccessExpression(expression)) return isBuiltFromParameters(expression.expression, fn, depth + 1);
  if (ts.isTemplateExpression(expression)) return expression.templateSpans.every((span) => isBuiltFromParameters(span.expression, fn, depth + 1));
  if (ts.isConditionalExpression(expression)) return isBuiltFromParameters(expression.whenTrue, fn, depth + 1) && isBuiltFromParameters(expression.whenFalse, fn, depth + 1);
  if (ts.isBinaryExpression(expression)) {
    const operator = expression.operatorToken.kind;
    const joins = operator === SyntaxKind.PlusToken || operator === SyntaxKind.BarBarToken || operator === SyntaxKind.QuestionQuestionToken;
    return joins && isBuiltFromParameters(expression.left, fn, depth + 1) && isBuiltFromParameters(expression.right, fn, depth + 1);
  }
  if (!ts.isIdentifier(expression)) return false;
  const declaration = findDeclaration(expression.text, expression);
  if (declaration && ts.isParameter(declaration)) return declaration.parent === fn;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer || functionAround(declaration) !== fn) return false;
  const reassigned = referencesOf(declaration, fn).some((reference) => ts.isBinaryExpression(reference.parent) && reference.parent.left === reference && isAssignmentOperator(reference.parent.operatorToken.kind));
  return !reassigned && isBuiltFromParameters(declaration.initializer, fn, depth + 1);
}

function throwsAtEnd(statement: ts.Statement): boolean {
  const last = ts.isBlock(statement) ? statement.statements[statement.statements.length - 1] : statement;
  return !!last && ts.isThrowStatement(last);
}

/**
 * `container.has(key)`, `Object.hasOwn(container, key)`, `container.hasOwnProperty(key)`, `key in container`,
 * `container[key]`, and for a list `container.includes(key)` or `container.indexOf(key) > -1` (`!== -1`, `>= 0`).
 */
function testsPresence(condition: ts.Expression, key: string, container: string): boolean {
  const expression = unwrapExpression(condition);
  if (ts.isElementAccessExpression(expression)) return isNamed(expression.expression, container) && isNamed(expression.argumentExpression, key);
  if (ts.isBinaryExpression(expression)) {
    if (expression.operatorToken.kind === SyntaxKind.InKeyword) return isNamed(expression.left, key) && isNamed(expression.right, container);
    return indexFound(expression.operatorToken.kind, expression.right, true) === true && ts.isCallExpression(expression.left) && calleeText(expression.left) === `${container}.indexOf` && !!expression.left.arguments[0] && isNamed(expression.left.arguments[0], key);
  }
  if (!ts.isCallExpression(expression)) return false;
  const callee = calleeText(expression);
  const [first, second] = expression.arguments;
  if (callee === "Object.hasOwn" || callee === "Object.prototype.hasOwnProperty.call") return !!first && !!second && isNamed(first, container) && isNamed(second, key);
  return (callee === `${container}.has` || callee === `${container}.hasOwnProperty` || callee === `${container}.includes`) && !!first && isNamed(first, key);
}

/**
 * A pool of clients keyed by their own configuration: the value stored is built by another package (`new S3Client({
 * region })`, `createClient(url, key)`, `new Queue(name, opts)`), directly or through a factory of this file that
 * returns such a construction, from values the key is also built from. It holds one client per configuration the code
 * is given (regions, deployments, queue names), the reason to keep clients at all.
 */
function poolsClientsByConfig(site: ts.Node): boolean {
  const key = growthKey(site);
  const value = ts.isBinaryExpression(site) ? site.right : (site as ts.CallExpression).arguments[1];
  if (!key || !value) return false;
  const keyNames = namesBehind(key, site, 0);
  return packageConstructions(value, site).some((construction) => [...namesBehind(construction, site, 0)].some((name) => keyNames.has(name)));
}

/** Calls whose result is a normalised path (no `a//b` or `./a` spelling of the same file): the key of a file cache. */
const normalisingPathCalls = new Set(["path.resolve", "path.join", "path.normalize", "require.resolve", "resolve.sync", "fs.realpathSync", "realpathSync"]);
const fileReads = new Set(["readFile", "readFileSync"]);

/**
 * A cache of files' contents keyed by their normalised path: the value is read from the file at the key
 * (`templates.set(file, compile(fs.readFileSync(file)))` after `const file = resolve.sync(name, …)`). A missing file
 * throws before the write, so it holds at most one entry per file on disk (the templates an install ships).
 */
function cachesFilesByPath(site: ts.Node): boolean {
  const key = growthKey(site);
  const value = ts.isBinaryExpression(site) ? site.right : (site as ts.CallExpression).arguments[1];
  if (!key || !value || !ts.isIdentifier(key)) return false;
  const keyInitializer = constInitializerOf(key);
  if (!keyInitializer || !ts.isCallExpression(keyInitializer) || !normalisingPathCalls.has(calleeText(keyInitializer) ?? "")) return false;
  const stored = unwrapExpression(value);
  const built = ts.isIdentifier(stored) ? constInitializerOf(stored) : stored;
  return built !== undefined && readsFile(built, key.text);
}

/** `node` reads the file at the path held by `name` (`fs.readFileSync(name)`, `await readFile(name, "utf8")`). */
function readsFile(node: ts.Node, name: string): boolean {
  if (ts.isCallExpression(node)) {
    const callee = calleeText(node);
    const [first] = node.arguments;
    if (callee && fileReads.has(callee.slice(callee.lastIndexOf(".") + 1)) && first && isNamed(first, name)) return true;
  }
  return ts.forEachChild(node, (child) => readsFile(child, name) || undefined) ?? false;
}

/** The constructions of another package's client that `value` is, directly or through the local it was assigned from. */
function packageConstructions(value: ts.Expression, site: ts.Node): Array<ts.CallExpression | ts.NewExpression> {
  const expression = unwrapExpression(value);
  if (!ts.isIdentifier(expression)) return clientConstructionsIn(expression);
  const declaration = localDeclarationOf(expression.text, site);
  if (!declaration || !ts.isVariableDeclaration(declaration)) return [];
  const assigned = [declaration.initializer, ...assignmentsTo(declaration, expression.text)].filter((candidate): candidate is ts.Expression => !!candidate);
  return assigned.flatMap((candidate) => clientConstructionsIn(unwrapExpression(candidate)));
}

/**
 * A client construction, or an object literal every property of which is one (`{ httpAgent: new http.Agent(…),
 * httpsAgent: new https.Agent(…) }`: the clients of one configuration kept together).
 */
function clientConstructionsIn(expression: ts.Expression): Array<ts.CallExpression | ts.NewExpression> {
  if (isClientConstruction(expression)) return [expression as ts.CallExpression | ts.NewExpression];
  if (!ts.isObjectLiteralExpression(expression) || expression.properties.length === 0) return [];
  const values = expression.properties.map((property) => (ts.isPropertyAssignment(property) ? unwrapExpression(property.initializer) : undefined));
  return values.every((candidate) => candidate !== undefined && isClientConstruction(candidate)) ? (values as Array<ts.CallExpression | ts.NewExpression>) : [];
}

/** A construction of another package's client, or a call of a factory of this file each of whose returns is one. */
function isClientConstruction(expression: ts.Expression): boolean {
  if (isPackageConstruction(expression)) return true;
  if (!ts.isCallExpression(expression) || !ts.isIdentifier(expression.expression)) return false;
  const factory = functionBoundTo(expression.expression.text, expression);
  const returned = factory && returnedExpressions(factory);
  return !!returned && returned.length > 0 && returned.every((candidate) => isPackageConstruction(unwrapExpression(candidate)));
}

/**
 * `new S3Client(…)`, `createClient(…)` with the callee imported from a package, or a member of an instance of one
 * (`new issuer.Client(…)` after `const issuer = new Issuer(…)`).
 */
function isPackageConstruction(expression: ts.Expression): boolean {
  if (!ts.isNewExpression(expression) && !ts.isCallExpression(expression)) return false;
  const root = rootOf(expression.expression);
  if (!root) return false;
  if (isPackageImport(root)) return true;
  const initializer = constInitializerOf(root);
  if (root === expression.expression) {
    // `const Client = nordigen.default` then `new Client(…)`: a module's export under a local name.
    const aliased = initializer && ts.isPropertyAccessExpression(initializer) ? rootOf(initializer) : undefined;
    return aliased !== undefined && isPackageImport(aliased);
  }
  return initializer !== undefined && ts.isNewExpression(initializer) && isPackageConstruction(initializer);
}

/** The identifier a property chain starts from (`a` of `a.b.c`). */
function rootOf(expression: ts.Expression): ts.Identifier | undefined {
  let root = expression;
  while (ts.isPropertyAccessExpression(root)) root = root.expression;
  return ts.isIdentifier(root) ? root : undefined;
}

function isPackageImport(identifier: ts.Identifier): boolean {
  const module = importedModuleOf(identifier.text, identifier);
  return module !== undefined && !module.startsWith(".") && !module.startsWith("/") && !module.startsWith("@/") && !module.startsWith("~/");
}

/** `name = …` assignments in the function that declares `declaration`. */
function assignmentsTo(declaration: ts.VariableDeclaration, name: string): ts.Expression[] {
  let scope: ts.Node | undefined = declaration.parent;
  while (scope && !ts.isFunctionLike(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === SyntaxKind.EqualsToken && ts.isIdentifier(node.left) && node.left.text === name) found.push(node.right);
    ts.forEachChild(node, visit);
  };
  if (scope) visit(scope);
  return found;
}

/**
 * The values a value is built from, as written (`region`, `config.url`, `c.req`: whole property chains, without the
 * method called on them), following local constants (`const cacheKey = `${url}|${key}``) and helpers of this file
 * (`keyOf(connection)` that reads `connection.clientId`) a few steps.
 */
function namesBehind(node: ts.Node, site: ts.Node, depth: number): Set<string> {
  const names = new Set<string>();
  const visit = (current: ts.Node): void => {
    if (ts.isIdentifier(current) || ts.isPropertyAccessExpression(current)) {
      const parent = current.parent;
      const extended = ts.isPropertyAccessExpression(parent) && parent.expression === current && !ts.isCallExpression(parent.parent);
      const isMemberName = ts.isPropertyAccessExpression(parent) && parent.name === current;
      const isCallee = ts.isCallExpression(parent) && parent.expression === current;
      const text = dottedName(current);
      if (!extended && !isMemberName && !isCallee && text) {
        names.add(text);
        const declaration = depth < 3 && ts.isIdentifier(current) ? localDeclarationOf(current.text, site) : undefined;
        if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && !isPackageConstruction(unwrapExpression(declaration.initializer))) {
          for (const name of namesBehind(declaration.initializer, site, depth + 1)) names.add(name);
        }
      }
      if (ts.isPropertyAccessExpression(current) && !extended && !isCallee) return;
    }
    if (ts.isCallExpression(current) && ts.isIdentifier(current.expression) && depth < 3) {
      const helper = functionBoundTo(current.expression.text, current);
      if (helper) for (const name of argumentPartsReadBy(helper, current, depth)) names.add(name);
    }
    ts.forEachChild(current, visit);
  };
  visit(node);
  return names;
}

/** The parts of each argument of `call` that `helper` reads, named as the caller wrote the argument (`connection.clientId`). */
function argumentPartsReadBy(helper: FunctionLike, call: ts.CallExpression, depth: number): string[] {
  if (!helper.body) return [];
  const inside = [...namesBehind(helper.body, helper.body, depth + 1)];
  return helper.parameters.flatMap((parameter, index) => {
    const argument = call.arguments[index];
    const passed = argument && dottedName(unwrapExpression(argument));
    if (!passed || !ts.isIdentifier(parameter.name)) return [];
    const own = parameter.name.text;
    return inside.filter((name) => name.startsWith(own + ".")).map((name) => passed + name.slice(own.length));
  });
}

function growthKey(site: ts.Node): ts.Expression | undefined {
  if (ts.isBinaryExpression(site)) return ts.isElementAccessExpression(site.left) ? unwrapExpression(site.left.argumentExpression) : undefined;
  const call = site as ts.CallExpression;
  const method = ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : undefined;
  return method === "set" || method === "add" ? call.arguments[0] && unwrapExpression(call.arguments[0]) : undefined;
}

function exitsEarly(statement: ts.Statement): boolean {
  const last = ts.isBlock(statement) ? statement.statements[statement.statements.length - 1] : statement;
  return !!last && (ts.isReturnStatement(last) || ts.isThrowStatement(last) || ts.isContinueStatement(last));
}

/** Whether `condition` (negated when `negated`: an early exit) holds only when `key` is a member of a collection other than `container`. */
function provesMembership(condition: ts.Expression, key: string, container: string, site: ts.Node, negated: boolean): boolean {
  const expression = unwrapExpression(condition);
  if (ts.isPrefixUnaryExpression(expression) && expression.operator === SyntaxKind.ExclamationToken) return provesMembership(expression.operand, key, container, site, !negated);
  if (ts.isBinaryExpression(expression)) {
    const operator = expression.operatorToken.kind;
    if (!negated && operator === SyntaxKind.AmpersandAmpersandToken) return provesMembership(expression.left, key, container, site, false) || provesMembership(expression.right, key, container, site, false);
    if (negated && operator === SyntaxKind.BarBarToken) return provesMembership(expression.left, key, container, site, true) || provesMembership(expression.right, key, container, site, true);
    if (negated) return false;
    if (operator === SyntaxKind.InKeyword) return isNamed(expression.left, key) && !isNamed(expression.right, container);
    return false;
  }
  if (negated) return false;
  if (ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression) && membershipMethods.has(expression.expression.name.text)) {
    return expression.arguments.some((argument) => isNamed(argument, key)) && !isNamed(expression.expression.expression, container);
  }
  if (ts.isIdentifier(expression)) {
    const declaration = localDeclarationOf(expression.text, site);
    const initializer = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer ? unwrapExpression(declaration.initializer) : undefined;
    return !!initializer && (isSearchFor(initializer, key, container) || isLookupOf(initializer, key, container));
  }
  return isSearchFor(expression, key, container);
}

/** `loaders[name]`, `handlers.get(name)`: the entry another collection holds under the key, found or not. */
function isLookupOf(expression: ts.Expression, key: string, container: string): boolean {
  if (ts.isElementAccessExpression(expression)) return isNamed(expression.argumentExpression, key) && !isNamed(expression.expression, container);
  if (!ts.isCallExpression(expression) || !ts.isPropertyAccessExpression(expression.expression) || expression.expression.name.text !== "get") return false;
  const [argument] = expression.arguments;
  return expression.arguments.length === 1 && isNamed(argument!, key) && !isNamed(expression.expression.expression, container);
}

/** `other.find((x) => … === key)`: a search of another collection whose callback compares elements with the key. */
function isSearchFor(expression: ts.Expression, key: string, container: string): boolean {
  if (!ts.isCallExpression(expression) || !ts.isPropertyAccessExpression(expression.expression) || !searchMethods.has(expression.expression.name.text)) return false;
  if (isNamed(expression.expression.expression, container)) return false;
  const [callback] = expression.arguments;
  return !!callback && comparesWith(callback, key);
}

function comparesWith(node: ts.Node, key: string): boolean {
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === SyntaxKind.EqualsEqualsEqualsToken || node.operatorToken.kind === SyntaxKind.EqualsEqualsToken)) {
    if (isNamed(node.left, key) || isNamed(node.right, key)) return true;
  }
  return ts.forEachChild(node, (child) => comparesWith(child, key) || undefined) === true;
}

/** `node` is the identifier `name`, or the property chain `name` (`plugin.type`). */
function isNamed(node: ts.Expression, name: string): boolean {
  return dottedName(unwrapExpression(node)) === name;
}

/** Calls that list a directory or load modules by a computed path: what a start-up loader does, never a request. */
const directoryListings = new Set(["readdir", "readdirSync", "opendir", "opendirSync", "glob", "globSync", "fg", "fastGlob"]);

/**
 * The growth runs only while the process loads: inside a function this module does not export, every call of which
 * (in this file) sits at module level or inside a loader, a function that lists a directory or imports modules by a
 * computed path (a registry of the feature flags or plugins found on disk).
 */
function runsOnlyWhileLoading(ctx: RuleContext<unknown>, site: ts.Node): boolean {
  return isLoadTimeFunction(ctx, outermostFunctionOf(site), 0);
}

function isLoadTimeFunction(ctx: RuleContext<unknown>, fn: ts.Node | undefined, depth: number): boolean {
  if (!fn || depth > 3 || handlesRequests(ctx, fn)) return false;
  if (loadsFromDisk(fn) || receivesListing(fn)) return true;
  const named = topLevelFunctionOf(firstChildOf(fn));
  if (!named) return false;
  const exported = ctx.file.exports.find((binding) => binding.local === named.name.text);
  // A declaration helper every importer calls while it loads or starts (`export const api = register({ … })` at module
  // level, in its start function, in a Nest start-up hook such as a plugin's `configure(consumer)`).
  if (exported) return isCalledOnlyWhileImportersLoad(ctx, named, exported.exported);
  const calls = callsOf(named, true);
  return calls.length > 0 && calls.every((call) => {
    const caller = outermostFunctionOf(call);
    // A bound copy made at module level is a value that may run anywhere; one made by a load-time function is not.
    if (caller === undefined) return !isBound(call);
    return isLoadTimeFunction(ctx, caller, depth + 1);
  });
}

function isCalledOnlyWhileImportersLoad(ctx: RuleContext<unknown>, named: { name: ts.Identifier; declaration: ts.Node }, exported: string): boolean {
  if (isReferencedOutside(named, ctx.sourceFile)) return false;
  const elsewhere = ctx.project.callsOfExport(ctx.filePath, exported);
  return elsewhere !== undefined && !elsewhere.calledAfterStart;
}

/** A node inside `fn`, so that `topLevelFunctionOf` (which starts from a parent) finds `fn` itself. */
function firstChildOf(fn: ts.Node): ts.Node {
  return (fn as ts.FunctionLikeDeclaration).body ?? fn;
}

/** The outermost function around `node` that runs after load (see isInsideFunction), or undefined at module level. */
function outermostFunctionOf(node: ts.Node): ts.Node | undefined {
  let outer: ts.Node | undefined;
  for (let current = node.parent; current && !ts.isSourceFile(current); current = current.parent) {
    if (ts.isFunctionLike(current) && !runsWhileLoading(current)) outer = current;
  }
  return outer;
}

/** A route handler of this file, or a function inside a route registration: it runs per request, whatever it reads. */
function handlesRequests(ctx: RuleContext<unknown>, fn: ts.Node): boolean {
  const start = fn.getStart(ctx.sourceFile);
  return ctx.file.routes.some((route) => (route.handler ?? route.span).start <= start && fn.end <= (route.handler ?? route.span).end);
}

function loadsFromDisk(fn: ts.Node): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      const computed = first !== undefined && !ts.isStringLiteralLike(first);
      if (listsDirectory(node) || (computed && (node.expression.kind === SyntaxKind.ImportKeyword || calleeText(node) === "require"))) {
        found = true;
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(fn);
  return found;
}

/** The callback of a directory listing (`fs.readdir(dir, (error, files) => …)`): it runs once, when the listing is done. */
function receivesListing(fn: ts.Node): boolean {
  const call = fn.parent;
  return ts.isCallExpression(call) && call.arguments.includes(fn as ts.Expression) && listsDirectory(call);
}

function listsDirectory(call: ts.CallExpression): boolean {
  const callee = calleeText(call);
  return callee !== undefined && directoryListings.has(callee.slice(callee.lastIndexOf(".") + 1));
}

/**
 * Calls of the top-level function in the file, outside its own declaration; empty when it is otherwise referenced
 * (handed around as a value, in an export list: it may run anywhere). With `boundCopies`, a bound copy handed out as a
 * member of an object (`{ Themes: { add: addTheme.bind(null, pkg) } }`, an API object whose maker decides when it
 * exists) counts as a call where it is made.
 */
function callsOf(named: { name: ts.Identifier; declaration: ts.Node }, boundCopies = false): ts.CallExpression[] {
  const calls: ts.CallExpression[] = [];
  const declaration = named.declaration as NameDeclaration & { name: ts.Node };
  for (const reference of referencesOf(declaration)) {
    if (reference.pos >= declaration.pos && reference.end <= declaration.end) continue;
    const parent = reference.parent;
    // `ReturnType<typeof apiFor>` names its type; nothing runs there.
    if (ts.isTypeQueryNode(parent)) continue;
    if (ts.isCallExpression(parent) && parent.expression === reference) calls.push(parent);
    else if (boundCopies && ts.isPropertyAccessExpression(parent) && ts.isCallExpression(parent.parent) && isBound(parent.parent) && ts.isPropertyAssignment(parent.parent.parent)) calls.push(parent.parent);
    else return [];
  }
  return calls;
}

/** `f.bind(…)`: a bound copy of `f`, not a call of it. */
function isBound(call: ts.CallExpression): boolean {
  return ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === "bind";
}

/** `name` is bound by an import of this file (named, default or namespace). */
function isImported(name: string, sourceFile: ts.SourceFile): boolean {
  return sourceFile.statements.some((statement) => {
    if (!ts.isImportDeclaration(statement) || !statement.importClause) return false;
    const clause = statement.importClause;
    if (clause.name?.text === name) return true;
    const bindings = clause.namedBindings;
    if (!bindings) return false;
    return ts.isNamespaceImport(bindings) ? bindings.name.text === name : bindings.elements.some((element) => element.name.text === name);
  });
}

function growthText(site: ts.Node): string {
  const text = ts.isBinaryExpression(site) ? quoteNode(site.left) + " = …" : quoteNode((site as ts.CallExpression).expression) + "(…)";
  return text.length > 50 ? text.slice(0, 47) + "..." : text;
}
