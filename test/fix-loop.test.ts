// The fix loop's progress guard: a fix that leaves its finding in place is applied once, never once per round, while
// fixes that only waited for a round (their edits overlapped another fix's) are still applied.
import * as assert from "node:assert/strict";
import { ts } from "ts-morph";
import { resolveConfig } from "../rules/engine/config.js";
import { fixUntilStable } from "../rules/engine/fix-loop.js";
import { defineRule, type AnyRule } from "../rules/engine/types.js";

const root = "/project";
const filePath = `${root}/src/app.ts`;

/** Flags every `register(...)` call and "fixes" it by wrapping it, which leaves the call, and so the finding, in place. */
const wrapsWithoutProgress = defineRule({
  id: "wraps-without-progress",
  meta: { category: "correctness", severity: "error", needsTypes: false, fix: "safe", summary: "Wraps register calls.", messages: { found: "register call" } },
  check: (ctx) => ({
    [ts.SyntaxKind.CallExpression](node) {
      const call = node as ts.CallExpression;
      if (!ts.isIdentifier(call.expression) || call.expression.text !== "register") return;
      ctx.report({ node: call, messageId: "found", fix: (edit) => edit.insertBefore(call, "guard(").insertAfter(call, ")") });
    },
  }),
});

/** Removes each `debugger` and stamps the file's first line: two findings' stamps overlap, so the second waits a round. */
const stampedRemoval = defineRule({
  id: "stamped-removal",
  meta: { category: "correctness", severity: "error", needsTypes: false, fix: "safe", summary: "Removes debugger.", messages: { found: "debugger statement" } },
  check: (ctx) => ({
    [ts.SyntaxKind.DebuggerStatement](node) {
      ctx.report({ node, messageId: "found", fix: (edit) => edit.remove(node).insertBefore(0, `// removed at ${node.getStart()}\n`) });
    },
  }),
});

const registry: AnyRule[] = [stampedRemoval, wrapsWithoutProgress];
const config = resolveConfig({}, registry, root, "harden.config.json");

function fix(text: string) {
  return fixUntilStable(new Map([[filePath, text]]), config, registry, { kinds: ["safe"], readExtraFile: () => undefined, isSourceFile: () => true });
}

describe("fix loop progress", () => {
  it("applies a fix that does not remove its finding once, not once per round", () => {
    const result = fix("register(handler);\n");
    assert.equal(result.changed.get(filePath), "guard(register(handler));\n");
    assert.equal(result.fixesApplied, 1);
    assert.deepEqual(result.final.files[0]!.findings.map((finding) => finding.ruleId), ["wraps-without-progress"]);
  });

  it("still applies a fix that waited a round for an overlapping one, though both findings read the same", () => {
    const result = fix("debugger;\ndebugger;\n");
    assert.equal(result.fixesApplied, 2);
    assert.deepEqual(result.final.files[0]!.findings, []);
    assert.doesNotMatch(result.changed.get(filePath)!, /debugger/);
  });
});
