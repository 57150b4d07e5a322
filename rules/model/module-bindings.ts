// Imports and exports of a file (ESM and CommonJS), so the link step can follow routers and guards across files.
import { ts } from "ts-morph";
import { registeringChainOwner } from "./frameworks/server-apps.js";
import type { Extractor } from "./summarize.js";
import { identifiersNamed } from "../engine/node-index.js";
import { dottedName, findDeclaration, hasModifier, instanceMethodsOf, isFunctionLike, isModuleExportsObject, isPropertyName, memberFunction, referencesOf, requiredModule, topLevelFunctionOf, unwrapExpression, type FunctionLike } from "./syntax.js";
import type { ExportBinding } from "./types.js";

const { SyntaxKind } = ts;

export const moduleBindings: Extractor = {
  kinds: [
    SyntaxKind.ImportDeclaration,
    SyntaxKind.ExportDeclaration,
    SyntaxKind.ExportAssignment,
    SyntaxKind.FunctionDeclaration,
    SyntaxKind.ClassDeclaration,
    SyntaxKind.VariableStatement,
    SyntaxKind.VariableDeclaration,
    SyntaxKind.BinaryExpression,
  ],
  finish({ sourceFile, summary }) {
    const holders = functionHolders(sourceFile, summary.imports.flatMap((binding) => Object.values(binding.usedIn ?? {}).flat()));
    if (Object.keys(holders).length > 0) summary.functionHolders = holders;
  },
  visit(node, { summary }) {
    if (ts.isImportDeclaration(node)) {
      if (!ts.isStringLiteral(node.moduleSpecifier)) return;
      const module = node.moduleSpecifier.text;
      const clause = node.importClause;
      if (!clause) return;
      const push = (name: ts.Identifier, imported: string, typeOnly: boolean): void => {
        const uses = identifiersNamed(name.getSourceFile(), name.text).filter((identifier) => identifier !== name);
        if (typeOnly || isUsedOnlyAsType(name, uses)) return void summary.imports.push({ local: name.text, module, imported, typeOnly: true });
        const members = imported === "default" ? undefined : membersTaken(uses);
        const usedIn = functionsHoldingUses(uses);
        summary.imports.push({ local: name.text, module, imported, ...(members && { members }), ...(usedIn && { usedIn }) });
      };
      if (clause.name) push(clause.name, "default", clause.isTypeOnly);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) push(bindings.name, "*", clause.isTypeOnly);
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) push(element.name, (element.propertyName ?? element.name).text, clause.isTypeOnly || element.isTypeOnly);
      }
    } else if (ts.isExportDeclaration(node)) {
      const module = node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : undefined;
      // `export * as DashboardApi from "./dashboard_api"`: the module whole, under one name, for importers to reach into.
      if (module && node.exportClause && ts.isNamespaceExport(node.exportClause)) {
        summary.imports.push({ local: `${module}#*`, module, imported: "*" });
        summary.exports.push({ exported: node.exportClause.name.text, local: `${module}#*` });
      }
      // `export * from "./api.user"` beside the file's own exports: each name of that module passes on.
      if (module && !node.exportClause && !node.isTypeOnly) (summary.reExportedModules ??= []).push(module);
      if (node.exportClause && ts.isNamedExports(node.exportClause)) {
        for (const element of node.exportClause.elements) {
          const local = (element.propertyName ?? element.name).text;
          if (module) summary.imports.push({ local: `${module}#${local}`, module, imported: local });
          summary.exports.push({ exported: element.name.text, local: module ? `${module}#${local}` : local });
        }
      }
    } else if (ts.isExportAssignment(node)) {
      if (ts.isIdentifier(node.expression)) summary.exports.push({ exported: "default", local: node.expression.text }, ...heldObjectMembers(node.expression));
      // `export default { usersRouter, teams: teamsRouter }`: a collection other modules reach into (`routers.usersRouter`).
      else if (ts.isObjectLiteralExpression(node.expression)) summary.exports.push(...collectedMembers(node.expression));
      else summary.exports.push(...instanceMembers(node.expression));
    } else if (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) {
      if (!node.name || !hasModifier(node, SyntaxKind.ExportKeyword)) return;
      summary.exports.push({ exported: hasModifier(node, SyntaxKind.DefaultKeyword) ? "default" : node.name.text, local: node.name.text });
    } else if (ts.isVariableStatement(node)) {
      if (!hasModifier(node, SyntaxKind.ExportKeyword)) return;
      for (const declaration of node.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) continue;
        // `export const chatRouter = app`: the export is that binding under another name, so links follow it there.
        const aliased = node.declarationList.flags & ts.NodeFlags.Const && declaration.initializer && unwrapExpression(declaration.initializer);
        summary.exports.push({ exported: declaration.name.text, local: aliased && ts.isIdentifier(aliased) ? aliased.text : declaration.name.text });
      }
    } else if (ts.isVariableDeclaration(node)) {
      const list = pathListOf(node);
      if (list) (summary.pathLists ??= []).push(list);
      // `const oAuthLogin = require("./auth").oAuth`: that member of the module, under a local name.
      const picked = node.initializer && unwrapExpression(node.initializer);
      if (picked && ts.isPropertyAccessExpression(picked) && ts.isIdentifier(node.name)) {
        const memberOf = requiredModule(unwrapExpression(picked.expression));
        if (memberOf) {
          summary.imports.push({ local: node.name.text, module: memberOf, imported: picked.name.text });
          return;
        }
      }
      const module = requiredModule(node.initializer);
      if (!module) return;
      if (ts.isIdentifier(node.name)) summary.imports.push({ local: node.name.text, module, imported: "default" });
      else if (ts.isObjectBindingPattern(node.name)) {
        for (const element of node.name.elements) {
          if (!ts.isIdentifier(element.name)) continue;
          const imported = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text;
          summary.imports.push({ local: element.name.text, module, imported });
        }
      }
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === SyntaxKind.EqualsToken) {
      // module.exports = router;  module.exports.requireAuth = requireAuth;  exports.requireAuth = ...
      const target = node.left;
      if (!ts.isPropertyAccessExpression(target)) return;
      const targetText = target.getText();
      // `module.exports = { jwt, admin: requireAdmin }`: each member is the module's named export and a member of its default.
      if (targetText === "module.exports" && ts.isObjectLiteralExpression(node.right)) {
        for (const member of collectedMembers(node.right)) summary.exports.push({ exported: member.exported.slice("default.".length), local: member.local }, member);
        return;
      }
      if (targetText === "module.exports" && ts.isNewExpression(unwrapExpression(node.right))) {
        summary.exports.push(...instanceMembers(node.right));
        return;
      }
      // `exports.checkAccess = (req, res, next) => { checkAccess(req, res, next).catch(next) }` is the local it forwards to.
      const right = unwrapExpression(node.right);
      // `const Posts = module.exports; Posts.redirectByIndex = …`: a member of the module object under a local name.
      const onModuleObject = /^(module\.)?exports\.\w+$/.test(targetText) || (ts.isIdentifier(target.expression) && isModuleExportsObject(target.expression));
      const member = onModuleObject ? target.name.text : undefined;
      // `exports.exportData = (req, res) => { … }`: a function with no other name, known by `exports.<member>` (see inlineExportName).
      // `exports.create = wrap(function* (req, res) { … })`: a wrapped function, known by that name too.
      const wrapsFunction = ts.isCallExpression(right) && right.arguments.some((argument) => isFunctionLike(unwrapExpression(argument)));
      const local = ts.isIdentifier(right)
        ? right.text
        : isFunctionLike(right)
          ? (forwardedLocal(right) ?? (member !== undefined ? inlineExportName(member) : undefined))
          : (registeringChainOwner(right)?.text ?? (wrapsFunction && member !== undefined ? inlineExportName(member) : undefined));
      if (local === undefined) return;
      if (targetText === "module.exports") summary.exports.push({ exported: "default", local }, ...heldObjectMembers(right));
      // A member of `exports` is one of the module object's, which `require` hands over as the module's default.
      else if (onModuleObject) summary.exports.push({ exported: target.name.text, local }, { exported: `default.${target.name.text}`, local });
    }
  },
};

/**
 * `const PUBLIC_PATHS = ["/health", "/api/v1/ping"]` at module level: the path literals (a leading `/`) a constant list
 * holds, as an allow-list of path prefixes needs them (like every summary string, redacted by summarizeFile).
 */
function pathListOf(node: ts.VariableDeclaration): { name: string; values: string[] } | undefined {
  if (!ts.isIdentifier(node.name) || !node.initializer || !ts.isVariableStatement(node.parent.parent) || !ts.isSourceFile(node.parent.parent.parent)) return undefined;
  if (!(node.parent.flags & ts.NodeFlags.Const)) return undefined;
  const array = unwrapExpression(node.initializer);
  if (!ts.isArrayLiteralExpression(array) || array.elements.length === 0) return undefined;
  // Elements that are not literals (`AuthRoutes.LOGIN`) are left out: what the list is known to hold.
  const values = array.elements.flatMap((element) => (ts.isStringLiteralLike(element) && element.text.startsWith("/") ? [element.text] : []));
  return values.length > 0 ? { name: node.name.text, values } : undefined;
}

/**
 * `(req, res, next) => { checkAccess(req, res, next).catch(...) }`: a function whose one statement calls a local
 * function with its own parameters, in order, at most passing the promise's failure on: it is that function.
 */
function forwardedLocal(fn: FunctionLike): string | undefined {
  const body = fn.body && ts.isBlock(fn.body) ? (fn.body.statements.length === 1 ? fn.body.statements[0] : undefined) : fn.body;
  let call = body && (ts.isExpressionStatement(body) ? body.expression : ts.isReturnStatement(body) ? body.expression : ts.isExpression(body) ? body : undefined);
  call = call && unwrapExpression(call);
  if (call && ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === "catch") call = unwrapExpression(call.expression.expression);
  if (!call || !ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return undefined;
  const own = fn.parameters.map((parameter) => (ts.isIdentifier(parameter.name) ? parameter.name.text : undefined));
  const handed = call.arguments.map((argument) => (ts.isIdentifier(argument) ? argument.text : undefined));
  return own.length > 0 && own.length === handed.length && own.every((name, index) => name !== undefined && name === handed[index]) ? call.expression.text : undefined;
}

/** The name facts about a function assigned in place to `exports.<member>` are kept under: no identifier can have it. */
export function inlineExportName(member: string): string {
  return `exports.${member}`;
}

/**
 * The identifiers an exported object literal collects, as `default.<key>` exports of their local names; a function
 * written in place (`async post(ctx) { … }`, `post: async (ctx) => …`) has no other name than the module object's
 * member, kept as `exports.<key>` (see inlineExportName).
 */
function collectedMembers(object: ts.ObjectLiteralExpression): ExportBinding[] {
  return object.properties.flatMap((property) => {
    if (ts.isShorthandPropertyAssignment(property)) return [{ exported: `default.${property.name.text}`, local: property.name.text }];
    if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && ts.isIdentifier(property.initializer)) {
      return [{ exported: `default.${property.name.text}`, local: property.initializer.text }];
    }
    // `{ ensureCanRead: expressify(ensureCanRead) }`: a function of the file handed to a wrapper, which the link step judges.
    if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name)) {
      const wrapped = wrappedLocal(property.initializer);
      if (wrapped) return [{ exported: `default.${property.name.text}`, ...wrapped }];
    }
    const inPlace = memberFunction(property);
    return inPlace ? [{ exported: `default.${inPlace.name}`, local: inlineExportName(inPlace.name) }] : [];
  });
}

/** `expressify(ensureCanRead)`: a local handed alone to a named wrapper, as the local and the wrapper's name. */
function wrappedLocal(value: ts.Expression): { local: string; through: string } | undefined {
  const call = unwrapExpression(value);
  if (!ts.isCallExpression(call) || call.arguments.length !== 1) return undefined;
  const [argument] = call.arguments.map(unwrapExpression);
  const through = dottedName(call.expression);
  return argument && ts.isIdentifier(argument) && through !== undefined ? { local: argument.text, through } : undefined;
}

/**
 * `var realtime = { secure: secure, … }; module.exports = realtime`: the object a module-level variable holds is the
 * module's default, its members reached as `realtime.secure` wherever it is required.
 */
function heldObjectMembers(expression: ts.Expression): ExportBinding[] {
  if (!ts.isIdentifier(expression)) return [];
  const declaration = findDeclaration(expression.text, expression);
  const value = declaration && ts.isVariableDeclaration(declaration) && ts.isSourceFile(declaration.parent.parent.parent) && declaration.initializer ? unwrapExpression(declaration.initializer) : undefined;
  return value && ts.isObjectLiteralExpression(value) ? collectedMembers(value) : [];
}

/** The methods of the class instance a module hands out, as `default.<method>` exports of `<Class>.<method>`. */
function instanceMembers(expression: ts.Expression): ExportBinding[] {
  const instance = instanceMethodsOf(expression);
  return (instance?.methods ?? []).map(({ name }) => ({ exported: `default.${name}`, local: `${instance!.className}.${name}` }));
}

/**
 * An import binding of a TypeScript file that the file names only in types (`import { Model } from "./api"` used as
 * `Model[]`): the compiler erases it, so it loads nothing at run time. A name in a class's `extends`, or in the type of
 * a decorated class's constructor parameter or property (decorator metadata emits it), is a value use.
 */
function isUsedOnlyAsType(name: ts.Identifier, uses: readonly ts.Identifier[]): boolean {
  if (!/\.[mc]?tsx?$/.test(name.getSourceFile().fileName)) return false;
  return uses.length > 0 && uses.every(isInTypePosition);
}

/**
 * `import * as Api from "./api"` used only as `Api.readShareInfo(…)`: the members the file takes of the binding, when
 * each run-time use reads one by name. Undefined when the file uses the binding whole (hands it on, spreads it, indexes
 * it by a computed key); a re-export (`export { Api }`) is no use here, the exports record it.
 */
function membersTaken(uses: readonly ts.Identifier[]): string[] | undefined {
  const members = new Set<string>();
  for (const use of uses) {
    const parent = use.parent;
    if (ts.isExportSpecifier(parent) || isInTypePosition(use)) continue;
    // `other.Api`, `{ Api: … }`: the same text as a property's name is no reference to the binding.
    if ((ts.isPropertyAccessExpression(parent) && parent.name === use) || (ts.isPropertyAssignment(parent) && parent.name === use)) continue;
    if (!ts.isPropertyAccessExpression(parent) || parent.expression !== use) return undefined;
    members.add(parent.name.text);
  }
  return [...members];
}

/**
 * The module-level functions (`function load()`, `const load = () => …`) holding the run-time uses of an import: under
 * "" for every use, under a member's name for the uses reading that member (`Api.readShareInfo`). A key is left out
 * when some of its uses sit outside any such function (at module level, in a class), where loading the module runs them.
 */
function functionsHoldingUses(uses: readonly ts.Identifier[]): Record<string, string[]> | undefined {
  const holders = new Map<string, Set<string> | null>([["", new Set()]]);
  for (const use of uses) {
    if (ts.isExportSpecifier(use.parent) || isInTypePosition(use) || isPropertyName(use)) continue;
    const holder = topLevelFunctionOf(use)?.name.text;
    const keys = ts.isPropertyAccessExpression(use.parent) && use.parent.expression === use ? ["", use.parent.name.text] : [""];
    for (const key of keys) {
      const known = holders.get(key);
      if (known === null) continue;
      holders.set(key, holder === undefined ? null : (known ?? new Set()).add(holder));
    }
  }
  const held: Record<string, string[]> = {};
  for (const [key, names] of holders) if (names) held[key] = [...names];
  return Object.keys(held).length > 0 ? held : undefined;
}

/**
 * For each of `names` and, in turn, each function holding a reference to one: the module-level functions of the file
 * holding its references, when every reference (an export list aside) sits inside one. A function referenced at
 * module level (called there, put in an object, handed to a router) is left out: loading the module may run it.
 */
function functionHolders(sourceFile: ts.SourceFile, names: readonly string[]): Record<string, string[]> {
  const declarations = new Map<string, (ts.FunctionDeclaration & { name: ts.Identifier }) | ts.VariableDeclaration>();
  for (const statement of sourceFile.statements) {
    if (isNamedFunction(statement)) declarations.set(statement.name.text, statement);
    if (ts.isVariableStatement(statement)) for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) declarations.set(declaration.name.text, declaration);
  }
  const holders: Record<string, string[]> = {};
  const pending = [...new Set(names)];
  const decided = new Set<string>();
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const declaration = declarations.get(name);
    if (decided.has(name) || !declaration) continue;
    decided.add(name);
    const references = referencesOf(declaration).filter((reference) => !ts.isExportSpecifier(reference.parent));
    const holding = new Set<string>();
    let heldOutside = false;
    for (const reference of references) {
      const holder = topLevelFunctionOf(reference)?.name.text;
      if (holder === undefined) heldOutside = true;
      else if (holder !== name) holding.add(holder);
    }
    if (heldOutside) continue;
    const others = [...holding];
    holders[name] = others;
    pending.push(...others);
  }
  return holders;
}

function isNamedFunction(node: ts.Node): node is ts.FunctionDeclaration & { name: ts.Identifier } {
  return ts.isFunctionDeclaration(node) && node.name !== undefined;
}

function isInTypePosition(identifier: ts.Identifier): boolean {
  for (let node: ts.Node = identifier; node.parent; node = node.parent) {
    const parent = node.parent;
    if (ts.isHeritageClause(parent)) return parent.token === ts.SyntaxKind.ImplementsKeyword || ts.isInterfaceDeclaration(parent.parent);
    if (ts.isTypeNode(node) && !ts.isExpressionWithTypeArguments(node)) return !emitsDecoratorMetadata(node);
    if (ts.isExpression(node) && !ts.isExpressionWithTypeArguments(node) && !ts.isIdentifier(node) && !ts.isPropertyAccessExpression(node)) return false;
    if (ts.isStatement(node) || ts.isSourceFile(parent)) return false;
  }
  return false;
}

/** The type of a parameter or property of a decorated class member: `constructor(private users: UsersService)` in a Nest provider. */
function emitsDecoratorMetadata(type: ts.TypeNode): boolean {
  let holder: ts.Node = type.parent;
  if (ts.isParameter(holder)) holder = holder.parent;
  if (!ts.isPropertyDeclaration(holder) && !ts.isConstructorDeclaration(holder) && !ts.isMethodDeclaration(holder)) return false;
  const owner = holder.parent;
  return [owner, holder].some((node) => ts.canHaveDecorators(node) && (ts.getDecorators(node)?.length ?? 0) > 0);
}
