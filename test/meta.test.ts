// Keeps the registry, rule files, docs and fixtures in step: sorted registry, ids equal to file names, a doc page
// and a fixture folder per rule, and every message id used by the code that reports it.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { invalidSuppressionId } from "../rules/engine/analyze.js";
import { registry } from "../rules/index.js";

const repoRoot = path.resolve(__dirname, "..");
const rulesDirectory = path.join(repoRoot, "rules");

describe("meta: rule registry", () => {
  it("is sorted by id", () => {
    const ids = registry.map((rule) => rule.id);
    assert.deepEqual(ids, [...ids].sort());
  });

  it("lists every rule file, each under its own id", () => {
    const ruleFiles = fs.readdirSync(rulesDirectory).filter((name) => name.endsWith(".ts") && name !== "index.ts" && name !== "lint-project.ts");
    assert.deepEqual(ruleFiles.map((name) => name.replace(/\.ts$/, "")).sort(), registry.map((rule) => rule.id).sort());
    for (const rule of registry) {
      const module = require(path.join(rulesDirectory, `${rule.id}.ts`)) as { default: unknown };
      assert.equal(module.default, rule, `rules/${rule.id}.ts exports the rule registered as ${rule.id}`);
    }
  });

  for (const rule of registry) {
    describe(rule.id, () => {
      it("has a doc page and a fixture folder", () => {
        assert.ok(fs.existsSync(path.join(rulesDirectory, "docs", `${rule.id}.md`)), `rules/docs/${rule.id}.md`);
        assert.ok(fs.existsSync(path.join(repoRoot, "test-fixtures/rules", rule.id)), `test-fixtures/rules/${rule.id}/`);
      });

      it("uses every message id it declares", () => {
        // invalid-suppression is reported by the engine itself.
        const reporter = rule.id === invalidSuppressionId ? "engine/analyze.ts" : `${rule.id}.ts`;
        const code = withoutMessagesBlock(fs.readFileSync(path.join(rulesDirectory, reporter), "utf8"));
        const unused = Object.keys(rule.meta.messages).filter((id) => !new RegExp(`["'\`]${id}["'\`]|\\b${id}\\b(?!\\s*:)`).test(code));
        assert.deepEqual(unused, [], `message ids never reported from rules/${reporter}`);
      });

      it("has a one-sentence summary", () => {
        assert.match(rule.meta.summary, /^[A-Z].*\.$/);
        assert.doesNotMatch(rule.meta.summary, /[.!?]\s+[A-Z]/);
      });
    });
  }
});

/** The rule file without its `messages: { ... }` declaration, so a declaration never counts as a use. */
function withoutMessagesBlock(code: string): string {
  const start = code.search(/\bmessages\s*:\s*\{/);
  if (start === -1) return code;
  let depth = 0;
  for (let index = code.indexOf("{", start); index < code.length; index++) {
    if (code[index] === "{") depth++;
    else if (code[index] === "}" && --depth === 0) return code.slice(0, start) + code.slice(index + 1);
  }
  return code;
}
