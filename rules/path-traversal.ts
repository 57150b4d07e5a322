// path-traversal: request-derived paths reaching file APIs in a handler. Taint comes from model/request-taint.ts and
// file access from model/file-access.ts; this rule only decides that an uncontained path at a file API is a finding.
import { ts } from "ts-morph";
import { defineRule } from "./engine/types.js";
import { fileAccessOf } from "./model/file-access.js";
import { RequestTaint } from "./model/request-taint.js";
import { distinctHandlers, routeHandlersIn } from "./model/route-handlers.js";

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
      for (const { linked, handler } of distinctHandlers(routeHandlersIn(ctx.project, ctx.file, ctx.sourceFile))) {
        if (!handler.body) continue;
        const framework = linked.route.framework;
        const taint = new RequestTaint(handler, ctx.sourceFile, { framework, isProjectValidator: (callee) => ctx.project.isValidator(callee, ctx.filePath) });
        const visit = (node: ts.Node): void => {
          if (ts.isCallExpression(node)) {
            const access = fileAccessOf(node, framework === "fastify");
            const tainted = access?.paths.map((argument) => taint.valueOf(argument)).find((value) => value && !value.contained);
            if (access && tainted) ctx.report({ node, messageId: "traversal", data: { source: tainted.source, callee: access.callee } });
          }
          ts.forEachChild(node, visit);
        };
        visit(handler.body);
      }
    },
  }),
});
