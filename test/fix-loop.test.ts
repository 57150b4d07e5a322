// The fix loop's progress guard: a fix that leaves its finding in place is applied once, never once per round, while
// fixes that only waited for a round (their edits overlapped another fix's) are still applied.
import * as assert from "node:assert/strict";
import { ts } from "ts-morph";
import { resolveConfig } from "../rules/engine/config.js";
import { fixUntilStable } from "../rules/lint-project.js";
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

/** Flags each `legacy()` call and fixes it by renaming it `modern()`. */
const renamesLegacy = defineRule({
  id: "renames-legacy",
  meta: { category: "correctness", severity: "error", needsTypes: false, fix: "safe", summary: "Renames legacy calls.", messages: { found: "legacy call" } },
  check: (ctx) => ({
    [ts.SyntaxKind.CallExpression](node) {
      const call = node as ts.CallExpression;
      if (ts.isIdentifier(call.expression) && call.expression.text === "legacy") ctx.report({ node: call, messageId: "found", fix: (edit) => edit.replace(call.expression, "modern") });
    },
  }),
});

/** Flags each `todo;` and fixes it with a statement that calls `legacy()`: the fix brings another rule a new finding. */
const expandsTodo = defineRule({
  id: "expands-todo",
  meta: { category: "correctness", severity: "error", needsTypes: false, fix: "safe", summary: "Expands todo.", messages: { found: "todo statement" } },
  check: (ctx) => ({
    [ts.SyntaxKind.ExpressionStatement](node) {
      const statement = node as ts.ExpressionStatement;
      if (ts.isIdentifier(statement.expression) && statement.expression.text === "todo") ctx.report({ node, messageId: "found", fix: (edit) => edit.replace(node, "legacy();") });
    },
  }),
});

const registry: AnyRule[] = [stampedRemoval, wrapsWithoutProgress, renamesLegacy, expandsTodo];
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

  it("fixes a finding another fix brought in, though it reads like one fixed the round before", () => {
    const result = fix("legacy();\ntodo;\n");
    assert.equal(result.changed.get(filePath), "modern();\nmodern();\n");
    assert.deepEqual(result.final.files[0]!.findings, []);
  });
});
