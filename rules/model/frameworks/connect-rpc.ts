// ConnectRPC: a router made by `createConnectRouter({ interceptors: [...] })` runs its interceptors around every
// service it serves, so they are the chain of any HTTP route that dispatches requests to it. Records the router and its
// interceptors; the link step joins them to the routes whose handler uses the router (RouteSummary.dispatchTargets).
import { ts } from "ts-morph";
import type { Extractor } from "../summarize.js";
import { importedModuleOf, propertyNamed, unwrapExpression } from "../syntax.js";
import { guardsFromChain } from "./server-apps.js";

const connectModule = /^@connectrpc\/connect(-node|-fastify|-express|-next)?$/;

export const connectRpcRouters: Extractor = {
  textHint: /createConnectRouter/,
  kinds: [ts.SyntaxKind.CallExpression],
  visit(node, { summary }) {
    const call = node as ts.CallExpression;
    if (!ts.isIdentifier(call.expression) || call.expression.text !== "createConnectRouter") return;
    if (!connectModule.test(importedModuleOf(call.expression.text, call) ?? "")) return;
    const interceptors = propertyNamed(call.arguments[0] && unwrapExpression(call.arguments[0]), "interceptors");
    const list = interceptors && ts.isPropertyAssignment(interceptors) ? unwrapExpression(interceptors.initializer) : undefined;
    const local = boundName(call);
    if (!list || !ts.isArrayLiteralExpression(list) || local === undefined) return;
    (summary.rpcRouters ??= []).push({ local, interceptors: guardsFromChain(list.elements, "middleware") });
  },
};

/** The const a router is bound to, through the `.service(...)` chain that registers its services. */
function boundName(call: ts.CallExpression): string | undefined {
  let top: ts.Node = call;
  while (ts.isPropertyAccessExpression(top.parent) || (ts.isCallExpression(top.parent) && top.parent.expression === top)) top = top.parent;
  return ts.isVariableDeclaration(top.parent) && ts.isIdentifier(top.parent.name) ? top.parent.name.text : undefined;
}
