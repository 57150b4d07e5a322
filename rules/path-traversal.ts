// path-traversal: request-derived paths reaching file APIs in a handler. Taint comes from model/request-taint.ts and
// file access from model/file-access.ts; this rule only decides that an uncontained path at a file API is a finding.
import { ts } from "ts-morph";
import { reusedForMethod } from "./engine/member-memo.js";
import { defineRule, type Span } from "./engine/types.js";
import { fileAccessOf } from "./model/file-access.js";
import { requestListenersIn } from "./model/request-listeners.js";
import { requestTaintOf } from "./model/request-taint.js";
import { distinctHandlers, routeHandlersIn } from "./model/route-handlers.js";
import type { FunctionLike } from "./model/syntax.js";
import type { Framework } from "./model/types.js";

export default defineRule({
  id: "path-traversal",
  meta: {
    category: "security",
    severity: "error",
    needsTypes: false,
    fix: "none",
    summary: "Request data must not choose a file path without path.basename, a resolved-prefix check or an allow-list.",
    messages: {
      traversal:
        "`{{source}}` reaches `{{callee}}(...)` unchecked: `../` in it reads or writes outside the intended folder. Take `path.basename` of it, or resolve it and check it starts with the root, or look it up in an allow-list.",
    },
  },
  check: (ctx) => ({
    onEnd() {
      const routed = distinctHandlers(routeHandlersIn(ctx.project, ctx.file, ctx.sourceFile)).map(({ linked, handler }) => ({ handler, framework: linked.route.framework }));
      const seen = new Set(routed.map(({ handler }) => handler));
      // A raw Node request listener or a request-typed function reads the same `req.url`/`req.query` a route handler does.
      const listeners = requestListenersIn(ctx.sourceFile).filter((handler) => !seen.has(handler)).map((handler) => ({ handler, framework: "express" as const }));
      for (const { handler, framework } of [...routed, ...listeners]) {
        if (!handler.body) continue;
        const traversals = reusedForMethod(ctx.memo, `path-traversal ${framework}`, handler, () => traversalsIn(handler, ctx.sourceFile, framework));
        for (const { span, source, callee } of traversals) ctx.report({ span, messageId: "traversal", data: { source, callee } });
      }
    },
  }),
});

/** The file accesses in `handler` whose path carries request input that no check contained. */
function traversalsIn(handler: FunctionLike, sourceFile: ts.SourceFile, framework: Framework): Array<{ span: Span; source: string; callee: string }> {
  const found: Array<{ span: Span; source: string; callee: string }> = [];
  const taint = requestTaintOf(handler, sourceFile, framework);
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const access = fileAccessOf(node, framework === "fastify");
      // `send` refuses `dir + "/" + name` when name climbs with `..`: only a normalised or wholly chosen path gets through.
      const reachable = access?.paths.filter((argument) => !access.refusesParentSegments || !taint.isConcatenatedUnderBase(argument)) ?? [];
      const tainted = reachable.map((argument) => taint.valueOf(argument)).find((value) => value && !value.contained);
      if (access && tainted) found.push({ span: { start: node.getStart(sourceFile), end: node.getEnd() }, source: tainted.source, callee: access.callee });
    }
    ts.forEachChild(node, visit);
  };
  if (handler.body) visit(handler.body);
  return found;
}
