// @overnightjs/core: Express controllers written as decorated classes. They look like Nest's, but Express runs them:
// `@Controller("users")` is the router's prefix, each `@Get/@Post(...)` on a method is one route (stacked, several),
// and `@ClassMiddleware(...)` then the method's `@Middleware(...)` are the middleware before the handler, exactly as in
// `router.post(path, ...middleware, handler)`. `@ChildControllers([new Child()])` mounts each child's router on the
// parent's, under its prefix and behind its class middleware (the link step joins them across files). Decided by the
// decorators' import, never by their names.
import { ts } from "ts-morph";
import { inlineAuthGuards } from "../auth-checks.js";
import type { ExtractionContext, Extractor } from "../summarize.js";
import { decoratorsOf, importedModuleOfCallee, spanOf, unwrapExpression } from "../syntax.js";
import type { GuardRef, HttpMethod, RouteSummary } from "../types.js";
import { decoratorArguments, decoratorName, httpDecorators, joinNestPaths, pathOf } from "./nest.js";
import { guardsFromChain } from "./server-apps.js";

const overnightModule = "@overnightjs/core";

/** The decorator is one of overnight's (`@Controller` imported from `@overnightjs/core`). */
export function isOvernightDecorator(decorator: ts.Decorator): boolean {
  return importedModuleOfCallee(decorator) === overnightModule;
}

/** The overnight decorator `name` on a class or method. */
function overnightDecorators(node: ts.Node, name: string): ts.Decorator[] {
  return decoratorsOf(node).filter((decorator) => decoratorName(decorator) === name && isOvernightDecorator(decorator));
}

/** `@Middleware([a, b])` / `@ClassMiddleware(a)`: the functions it puts in the chain, as Express guards. */
function middlewareOf(node: ts.Node, name: "Middleware" | "ClassMiddleware"): GuardRef[] {
  return overnightDecorators(node, name).flatMap((decorator) => guardsFromChain(decoratorArguments(decorator), "middleware"));
}

function visitController(node: ts.ClassDeclaration, controller: ts.Decorator, context: ExtractionContext): void {
  const [prefixArgument] = decoratorArguments(controller);
  const prefix = prefixArgument ? pathOf(prefixArgument) : "";
  const children = overnightDecorators(node, "ChildControllers").flatMap((decorator) => decoratorArguments(decorator).flatMap(controllerClassesIn));
  if (node.name && children.length > 0) {
    (context.summary.overnightParents ??= []).push({ controller: node.name.text, prefix: joinNestPaths(prefix, ""), middleware: middlewareOf(node, "ClassMiddleware"), children });
  }
  for (const member of node.members) {
    if (!ts.isMethodDeclaration(member)) continue;
    const routes = (): RouteSummary[] => routesOf(member, node, prefix);
    context.summary.routes.push(...(context.memo ? context.memo.reuse("overnight-routes", node, member, routes) : routes()));
  }
}

/** One route per HTTP decorator of the method, each behind the class's middleware, then the method's. */
function routesOf(member: ts.MethodDeclaration, controller: ts.ClassDeclaration, prefix: string): RouteSummary[] {
  const routes: RouteSummary[] = [];
  for (const decorator of decoratorsOf(member)) {
    const method: HttpMethod | undefined = httpDecorators[decoratorName(decorator) ?? ""];
    if (!method || !isOvernightDecorator(decorator)) continue;
    const [pathArgument] = decoratorArguments(decorator);
    routes.push({
      framework: "express",
      method,
      path: joinNestPaths(prefix, pathArgument ? pathOf(pathArgument) : ""),
      span: spanOf(decorator),
      handler: spanOf(member),
      guards: [...middlewareOf(controller, "ClassMiddleware"), ...middlewareOf(member, "Middleware"), ...inlineAuthGuards(member)],
      frameworkValidated: false,
      markedPublic: false,
      ...(controller.name && { overnightController: controller.name.text }),
    });
  }
  return routes;
}

/** `@ChildControllers([new Actions(), new Events()])` (or one instance): the classes it nests. */
function controllerClassesIn(argument: ts.Expression): string[] {
  const value = unwrapExpression(argument);
  if (ts.isArrayLiteralExpression(value)) return value.elements.flatMap(controllerClassesIn);
  return ts.isNewExpression(value) && ts.isIdentifier(value.expression) ? [value.expression.text] : [];
}

export const overnightControllers: Extractor = {
  kinds: [ts.SyntaxKind.ClassDeclaration],
  visit(node, context) {
    const controller = overnightDecorators(node, "Controller")[0];
    if (controller) visitController(node as ts.ClassDeclaration, controller, context);
  },
};
