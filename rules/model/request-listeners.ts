// Raw Node servers: the function `http.createServer(handler)` / `https.createServer(options, handler)` runs for every
// request, and so does one attached with `server.on("request", handler)`. Its first parameter is an IncomingMessage whose
// `url` and `headers` the client wrote. These are not routes (no method or path to list, no chain to guard), so the
// route inventory leaves them out; rules that follow request data into a handler ask for them here. So do functions
// declared to take a Node or Express request (`(req: Request, res: Response) => …`): a controller or middleware
// factory registered where this file cannot see still receives what the client sent.
import { ts } from "ts-morph";
import { calleeModuleOf, findDeclaration, functionBoundTo, isFunctionLike, stringValue, unwrapExpression, type FunctionLike } from "./syntax.js";

const nodeServerModules = new Set(["http", "node:http", "https", "node:https", "http2", "node:http2"]);
const serverFactories = new Set(["createServer", "createSecureServer"]);
const listenerMethods = new Set(["on", "addListener", "once", "prependListener"]);

/** Request types by the modules that export them. */
const requestTypes: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["http", new Set(["IncomingMessage"])],
  ["node:http", new Set(["IncomingMessage"])],
  ["express", new Set(["Request"])],
  ["express-serve-static-core", new Set(["Request"])],
]);

const handlersByFile = new WeakMap<ts.SourceFile, FunctionLike[]>();

/** Raw Node request listeners and functions typed to take a request, each once, in source order. */
export function requestListenersIn(sourceFile: ts.SourceFile): FunctionLike[] {
  let handlers = handlersByFile.get(sourceFile);
  if (handlers) return handlers;
  const found = new Set<FunctionLike>();
  const servers = sourceFile.text.includes("createServer") || sourceFile.text.includes("createSecureServer");
  const typed = /\b(Request|IncomingMessage)\b/.test(sourceFile.text);
  if (servers || typed) {
    const visit = (node: ts.Node): void => {
      if (servers && ts.isCallExpression(node)) {
        const listener = isNodeServerFactory(node) ? node.arguments[node.arguments.length - 1] : requestListenerOf(node);
        const handler = listener && functionOf(listener);
        if (handler) found.add(handler);
      }
      if (typed && isFunctionLike(node) && takesRequest(node)) found.add(node);
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  handlers = [...found];
  handlersByFile.set(sourceFile, handlers);
  return handlers;
}

/** `(req: Request, …)` (or `Request & {…}`) with `Request` from express (or `express.Request`), `(req: http.IncomingMessage, …)`. */
function takesRequest(fn: FunctionLike): boolean {
  const declared = fn.parameters[0]?.type;
  // `req: Request & { user?: User }`: a request with what the app's middleware added.
  const type = declared && ts.isIntersectionTypeNode(declared) ? declared.types.find(ts.isTypeReferenceNode) : declared;
  if (!type || !ts.isTypeReferenceNode(type)) return false;
  const name = type.typeName;
  if (ts.isIdentifier(name)) {
    const declaration = findDeclaration(name.text, fn);
    const imported = declaration && ts.isImportSpecifier(declaration) ? (declaration.propertyName ?? declaration.name).text : undefined;
    const module = declaration && ts.isImportSpecifier(declaration) ? stringValue(declaration.parent.parent.parent.moduleSpecifier) : undefined;
    return imported !== undefined && module !== undefined && !!requestTypes.get(module)?.has(imported);
  }
  const namespace = name.left;
  if (!ts.isIdentifier(namespace)) return false;
  const declaration = findDeclaration(namespace.text, fn);
  const module =
    declaration && (ts.isNamespaceImport(declaration) || ts.isImportClause(declaration))
      ? stringValue((ts.isNamespaceImport(declaration) ? declaration.parent.parent : declaration.parent).moduleSpecifier)
      : undefined;
  return module !== undefined && !!requestTypes.get(module)?.has(name.right.text);
}

/** `http.createServer(…)`, `createServer(…)` imported from `node:https`, `require("http").createServer(…)`. */
function isNodeServerFactory(call: ts.CallExpression): boolean {
  const { module, member } = calleeModuleOf(call.expression);
  return module !== undefined && nodeServerModules.has(module) && serverFactories.has(member);
}

/** The listener of `server.on("request", listener)` when `server` is (bound to) a raw Node server. */
function requestListenerOf(call: ts.CallExpression): ts.Expression | undefined {
  const callee = unwrapExpression(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || !listenerMethods.has(callee.name.text) || stringValue(call.arguments[0]) !== "request") return undefined;
  let server = unwrapExpression(callee.expression);
  if (ts.isIdentifier(server)) {
    const declaration = findDeclaration(server.text, server);
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
    server = unwrapExpression(declaration.initializer);
  }
  return ts.isCallExpression(server) && isNodeServerFactory(server) ? call.arguments[1] : undefined;
}

function functionOf(listener: ts.Expression): FunctionLike | undefined {
  const expression = unwrapExpression(listener);
  if (isFunctionLike(expression)) return expression;
  return ts.isIdentifier(expression) ? functionBoundTo(expression.text, expression) : undefined;
}
