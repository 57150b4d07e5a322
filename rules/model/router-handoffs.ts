// Routers handed from function to function: `registerThings(guardedRouter)` gives the function's parameter the chain
// of the router passed in, and `this.post(...)` in a router subclass registers on every instance of the class. The
// file records which of its route and `use` owners are parameters of a named function or `this` of a router class,
// the calls that pass one of its owners to a function, and the instances it makes of a project class; the link step
// joins them (see ProjectModel.ownerChain).
import { ts } from "ts-morph";
import { isNonProductionOnly } from "./app-config.js";
import type { Extractor } from "./summarize.js";
import { frameworkOfModule, isConstructedServer, prefixOption } from "./frameworks/server-apps.js";
import { dottedName, enclosingFunction, findDeclaration, hasModifier, importedModuleOfRoot, isFunctionLike, requiredModule, spanOf, unwrapExpression, type FunctionLike } from "./syntax.js";
import type { Span } from "../engine/types.js";
import type { FileSummary, HookHandOffSummary, RouterAccessorSummary, RouterClassSummary, RouterHandOffSummary, RouterParameterSummary } from "./types.js";

/** Methods whose receiver is a route or `use` owner; a call of another method says nothing about the receiver. */
const ownerMethod = /^(get|post|put|patch|delete|del|all|head|options|use|route|register|addHook)$/;

interface PendingArgument {
  index: number;
  /** A local passed as is (`register(router)`). */
  name?: string;
  /** A rest parameter `rest` spread into the call (`...args`), at `base` of the named function `fn`. */
  spread?: { fn: string; base: number; rest: string; span: Span };
}

interface Pending {
  parameters: Map<string, RouterParameterSummary>;
  calls: Array<{ callee: string; module?: string; position: number; nonProductionOnly: boolean; arguments: PendingArgument[] }>;
  hookCalls: HookHandOffSummary[];
  /** Parameters of a named function handed on whole to another function (`jitRoutes(router) { emailRoutes(router) }`). */
  forwarded: Set<string>;
  /** Framework routers made here that are only handed on or returned (`const api = Router(); register(api); return api;`). */
  constructed: Set<string>;
  instances: NonNullable<FileSummary["routerInstances"]>;
  classes: RouterClassSummary[];
  returned: NonNullable<FileSummary["ownerFactories"]>;
  accessors: RouterAccessorSummary[];
}

const pendingByFile = new WeakMap<ts.SourceFile, Pending>();

function pendingOf(sourceFile: ts.SourceFile): Pending {
  let pending = pendingByFile.get(sourceFile);
  if (!pending) pendingByFile.set(sourceFile, (pending = { parameters: new Map(), calls: [], hookCalls: [], forwarded: new Set(), constructed: new Set(), instances: [], classes: [], returned: [], accessors: [] }));
  return pending;
}

export const routerHandOffs: Extractor = {
  kinds: [ts.SyntaxKind.CallExpression, ts.SyntaxKind.VariableDeclaration, ts.SyntaxKind.ClassDeclaration, ts.SyntaxKind.ReturnStatement],
  visit(node, { sourceFile }) {
    const pending = pendingOf(sourceFile);
    if (ts.isReturnStatement(node)) {
      const returned = node.expression && unwrapExpression(node.expression);
      const accessor = returned && routerAccessorOf(node, returned);
      if (accessor) pending.accessors.push(accessor);
      const fn = returned && ts.isIdentifier(returned) ? enclosingFunction(node) : undefined;
      const named = fn && namedFunctionOf(fn);
      if (named) {
        pending.returned.push({ function: named.name, owner: (returned as ts.Identifier).text });
        if (isConstructedServer(returned as ts.Identifier)) pending.constructed.add((returned as ts.Identifier).text);
      }
      return;
    }
    if (ts.isClassDeclaration(node)) {
      const routerClass = routerClassOf(node);
      if (routerClass) pending.classes.push(routerClass);
      return;
    }
    if (ts.isVariableDeclaration(node)) {
      const created = node.initializer && unwrapExpression(node.initializer);
      if (created && ts.isNewExpression(created) && ts.isIdentifier(created.expression) && ts.isIdentifier(node.name)) {
        pending.instances.push({ className: created.expression.text, owner: node.name.text, position: node.getStart() });
      }
      return;
    }
    const call = node as ts.CallExpression;
    const callee = unwrapExpression(call.expression);
    pending.hookCalls.push(...hookHandOffsOf(call));
    if (ts.isPropertyAccessExpression(callee)) {
      const receiver = unwrapExpression(callee.expression);
      if (!ownerMethod.test(callee.name.text)) return;
      const owner = dottedName(receiver);
      if (owner === undefined || pending.parameters.has(`${owner}@${receiver.getStart()}`)) return;
      // `args.app.post(...)`: the router is a member of the arguments object a plugin hook is called with.
      const parameter = ts.isIdentifier(receiver)
        ? parameterIndexOf(receiver)
        : ts.isPropertyAccessExpression(receiver) && ts.isIdentifier(receiver.expression)
          ? memberOfParameter(receiver.expression, receiver.name.text)
          : undefined;
      if (parameter) pending.parameters.set(`${owner}@${receiver.getStart()}`, { owner, ...parameter });
      return;
    }
    // `require("./config/express")(app)`: the callee is the required module's default export.
    const module = requiredModule(callee);
    if ((!ts.isIdentifier(callee) && module === undefined) || call.arguments.length === 0) return;
    const handed: PendingArgument[] = [];
    call.arguments.forEach((argument, index) => {
      if (ts.isIdentifier(argument)) {
        handed.push({ index, name: argument.text });
        if (isConstructedServer(argument)) pending.constructed.add(argument.text);
        // A parameter handed on whole may be a router the caller gave: the callee's routes are served where the caller's caller mounts it.
        const parameter = parameterIndexOf(argument);
        if (parameter) {
          pending.forwarded.add(argument.text);
          if (!pending.parameters.has(`${argument.text}@${argument.getStart()}`)) pending.parameters.set(`${argument.text}@${argument.getStart()}`, { owner: argument.text, ...parameter });
        }
      }
      else if (ts.isSpreadElement(argument) && ts.isIdentifier(argument.expression)) {
        const rest = findDeclaration(argument.expression.text, argument);
        const fn = rest && ts.isParameter(rest) && rest.dotDotDotToken ? namedFunctionOf(rest.parent) : undefined;
        if (fn) handed.push({ index, spread: { fn: fn.name, base: fn.node.parameters.indexOf(rest as ts.ParameterDeclaration), rest: argument.expression.text, span: spanOf(fn.node) } });
      }
    });
    if (handed.length > 0) pending.calls.push({ callee: ts.isIdentifier(callee) ? callee.text : "default", ...(module !== undefined && { module }), position: call.getStart(), nonProductionOnly: isNonProductionOnly(call), arguments: handed });
  },
  finish({ sourceFile, summary }) {
    const pending = pendingByFile.get(sourceFile);
    if (!pending) return;
    pendingByFile.delete(sourceFile);
    // An untyped parameter that a header middleware (helmet) is registered on is an app handed in as well.
    const hardened = (summary.appConfig?.securityHeaderUses ?? []).flatMap((use) => (use.isKnown ? [use.owner] : []));
    const owners = new Set([...summary.routes.flatMap((route) => (route.owner ? [route.owner] : [])), ...summary.uses.flatMap((use) => [use.owner, ...use.mounts]), ...pending.forwarded, ...pending.constructed, ...hardened]);
    // Keep one entry per parameter: its function and index, whichever call first showed it as an owner.
    const parameters = new Map<string, RouterParameterSummary>();
    for (const parameter of pending.parameters.values()) {
      const key = `${parameter.owner}#${parameter.function}#${parameter.span.start}`;
      if (owners.has(parameter.owner) && !parameters.has(key)) parameters.set(key, parameter);
    }
    const handOffs: RouterHandOffSummary[] = [];
    for (const call of pending.calls) {
      for (const argument of call.arguments) {
        const base = { callee: call.callee, ...(call.module !== undefined && { module: call.module }), position: call.position, ...(call.nonProductionOnly ? { nonProductionOnly: true } : {}) };
        if (argument.name !== undefined && owners.has(argument.name)) handOffs.push({ ...base, index: argument.index, owner: argument.name });
        // `...args` forwards the function's own parameters: each owner bound to one of them goes along at its place.
        if (argument.spread) {
          const { fn, base: restBase, rest, span } = argument.spread;
          let forwarded = false;
          for (const parameter of parameters.values()) {
            if (parameter.function !== fn || parameter.index < restBase) continue;
            if (call.position < parameter.span.start || call.position >= parameter.span.end) continue;
            handOffs.push({ ...base, index: argument.index + parameter.index - restBase, owner: parameter.owner });
            forwarded = true;
          }
          // `(...args) => { registerUsers(...args); }` registers nothing itself: whatever router its caller hands first goes on.
          if (!forwarded) {
            const parameter = { owner: rest, function: fn, index: restBase, span };
            parameters.set(`${rest}#${fn}#${span.start}`, parameter);
            handOffs.push({ ...base, index: argument.index, owner: rest });
          }
        }
      }
    }
    if (parameters.size > 0) summary.routerParameters = [...parameters.values()];
    if (handOffs.length > 0) summary.routerHandOffs = handOffs;
    const hookHandOffs = pending.hookCalls.filter((call) => owners.has(call.owner));
    if (hookHandOffs.length > 0) summary.hookHandOffs = hookHandOffs;
    const factories = pending.returned.filter((factory) => owners.has(factory.owner));
    if (factories.length > 0) summary.ownerFactories = factories;
    // `app.use("/x", routes.getRouter())` mounts what an instance hands out: the instance's class is needed at link time.
    const accessedInstances = new Set(summary.uses.flatMap((use) => (use.accessorMounts ?? []).map((mounted) => mounted.instance)));
    const instances = pending.instances.filter((instance) => owners.has(instance.owner) || accessedInstances.has(instance.owner));
    if (instances.length > 0) summary.routerInstances = instances;
    const thisRoutes = summary.routes.filter((route) => route.owner === "this");
    // A direct subclass of a framework router is kept without routes of its own: a project subclass may extend it.
    const classes = pending.classes.filter((cls) => cls.base === undefined || thisRoutes.some((route) => cls.span.start <= route.span.start && route.span.start < cls.span.end));
    if (classes.length > 0) summary.routerClasses = classes;
    const accessors = pending.accessors.filter((accessor) => owners.has(`this.${accessor.field}`));
    if (accessors.length > 0) summary.routerAccessors = accessors;
  },
};

/** `getRouter() { return this.router; }` in a named class: the method hands out what the field holds. */
function routerAccessorOf(statement: ts.ReturnStatement, returned: ts.Expression): RouterAccessorSummary | undefined {
  if (!ts.isPropertyAccessExpression(returned) || returned.expression.kind !== ts.SyntaxKind.ThisKeyword) return undefined;
  const method = enclosingFunction(statement);
  if (!method || !ts.isMethodDeclaration(method) || !ts.isIdentifier(method.name) || method.parameters.length > 0) return undefined;
  const owner = method.parent;
  if (!ts.isClassDeclaration(owner) || !owner.name || method.body?.statements.length !== 1) return undefined;
  return { className: owner.name.text, method: method.name.text, field: returned.name.text, span: spanOf(owner) };
}

/**
 * A named class that may be a router: it extends a class imported from a server framework (`extends Router` from
 * koa-router, `extends express.Router`), or another name, its `base`, which the link step follows to a project router
 * class (a package's class, `extends EventEmitter`, leads to none).
 */
function routerClassOf(node: ts.ClassDeclaration): RouterClassSummary | undefined {
  const base = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  const baseName = base && dottedName(base);
  if (!node.name || !base || baseName === undefined) return undefined;
  const fromFramework = frameworkOfModule(importedModuleOfRoot(baseName, base)) !== undefined;
  const prefix = prefixOption(superCallOf(node)?.arguments[0]);
  return { name: node.name.text, span: spanOf(node), ...(fromFramework ? {} : { base: baseName }), ...(prefix !== undefined && { prefix }) };
}

/** The constructor's `super(...)` call, a statement of its body. */
function superCallOf(node: ts.ClassDeclaration): ts.CallExpression | undefined {
  const constructor = node.members.find(ts.isConstructorDeclaration);
  for (const statement of constructor?.body?.statements ?? []) {
    const expression = ts.isExpressionStatement(statement) ? statement.expression : undefined;
    if (expression && ts.isCallExpression(expression) && expression.expression.kind === ts.SyntaxKind.SuperKeyword) return expression;
  }
  return undefined;
}

/**
 * Where `identifier`, a parameter of a named function, sits among its arguments: `(router)`, `(...[router, ctx])`, or
 * `(...args)` then `const [router] = args`.
 */
function parameterIndexOf(identifier: ts.Identifier): Omit<RouterParameterSummary, "owner"> | undefined {
  const declaration = findDeclaration(identifier.text, identifier);
  if (!declaration) return undefined;
  if (ts.isParameter(declaration)) return at(declaration, 0);
  // `(hookName, { app })`: the router is a member of the arguments object.
  if (ts.isBindingElement(declaration) && ts.isObjectBindingPattern(declaration.parent) && ts.isParameter(declaration.parent.parent) && !declaration.dotDotDotToken) {
    const property = declaration.propertyName ?? declaration.name;
    const found = ts.isIdentifier(property) ? at(declaration.parent.parent, 0) : undefined;
    return found && { ...found, property: (property as ts.Identifier).text };
  }
  if (!ts.isBindingElement(declaration) || !ts.isArrayBindingPattern(declaration.parent)) return undefined;
  const offset = declaration.parent.elements.indexOf(declaration);
  const holder = declaration.parent.parent;
  if (ts.isParameter(holder)) return holder.dotDotDotToken ? at(holder, offset) : undefined;
  if (!ts.isVariableDeclaration(holder) || !holder.initializer) return undefined;
  const source = unwrapExpression(holder.initializer);
  const rest = ts.isIdentifier(source) ? findDeclaration(source.text, source) : undefined;
  return rest && ts.isParameter(rest) && rest.dotDotDotToken ? at(rest, offset) : undefined;
}

/** `args.app` where `args` is a plain parameter of a named function: the router is that argument's member `property`. */
function memberOfParameter(holder: ts.Identifier, property: string): Omit<RouterParameterSummary, "owner"> | undefined {
  const declaration = findDeclaration(holder.text, holder);
  const found = declaration && ts.isParameter(declaration) && !declaration.dotDotDotToken ? at(declaration, 0) : undefined;
  return found && { ...found, property };
}

function at(parameter: ts.ParameterDeclaration, offset: number): Omit<RouterParameterSummary, "owner"> | undefined {
  const fn = namedFunctionOf(parameter.parent);
  return fn && { function: fn.name, index: fn.node.parameters.indexOf(parameter) + offset, span: spanOf(fn.node), ...(fn.exported && { exportedAs: fn.name }) };
}

/**
 * `function name(...)` or `const name = (...) => ...`: a function other code can call by name; also
 * `exports.name = (...) => ...`, which only importers can. `exported` when the module exports it under that name.
 */
function namedFunctionOf(node: ts.Node): { name: string; node: FunctionLike; exported?: true } | undefined {
  if (!isFunctionLike(node)) return undefined;
  const exported = (statement: ts.Node): { exported?: true } => (hasModifier(statement, ts.SyntaxKind.ExportKeyword) && !hasModifier(statement, ts.SyntaxKind.DefaultKeyword) ? { exported: true } : {});
  if (ts.isFunctionDeclaration(node)) {
    if (node.name) return { name: node.name.text, node, ...exported(node) };
    // `export default function (app) {...}`: importers reach it as the module's default, the name no local can take.
    return hasModifier(node, ts.SyntaxKind.DefaultKeyword) ? { name: "default", node } : undefined;
  }
  const holder = node.parent;
  // `export default (app: Router) => {...}` and `module.exports = (app) => {...}`: the module's default, as above.
  if (ts.isExportAssignment(holder) && !holder.isExportEquals && unwrapExpression(holder.expression) === node) return { name: "default", node };
  if (ts.isBinaryExpression(holder) && holder.operatorToken.kind === ts.SyntaxKind.EqualsToken && holder.right === node && ts.isPropertyAccessExpression(holder.left)) {
    if (dottedName(holder.left) === "module.exports") return { name: "default", node };
    return /^(module\.)?exports$/.test(dottedName(holder.left.expression) ?? "") ? { name: holder.left.name.text, node, exported: true } : undefined;
  }
  if (!ts.isVariableDeclaration(holder) || !ts.isIdentifier(holder.name) || unwrapExpression(holder.initializer!) !== node) return undefined;
  return { name: holder.name.text, node, ...exported(holder.parent.parent) };
}

/**
 * `hooks.callAll("onServer", { app, server })`: a call handed a hook's name first and an arguments object holding an
 * owner (`app`, `app: app`), as a plugin framework's dispatcher is, which calls each plugin module's export named
 * after the hook with that object.
 */
function hookHandOffsOf(call: ts.CallExpression): HookHandOffSummary[] {
  const [name, ...rest] = call.arguments;
  if (!name || !ts.isStringLiteralLike(name) || !/^\w+$/.test(name.text)) return [];
  const handOffs: HookHandOffSummary[] = [];
  for (const argument of rest) {
    const object = unwrapExpression(argument);
    if (!ts.isObjectLiteralExpression(object)) continue;
    for (const property of object.properties) {
      const value = ts.isShorthandPropertyAssignment(property) ? property.name : ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) ? unwrapExpression(property.initializer) : undefined;
      if (!value || !ts.isIdentifier(value) || !property.name || !ts.isIdentifier(property.name)) continue;
      handOffs.push({ hook: name.text, property: property.name.text, owner: value.text, position: call.getStart(), ...(isNonProductionOnly(call) && { nonProductionOnly: true }) });
    }
  }
  return handOffs;
}
