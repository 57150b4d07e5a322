// sensitive-data-logged offers its fix as a suggestion, which fixture snapshots (safe and scaffold fixes) do not cover:
// each case lints one file and applies the finding's suggestion.
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { applyFixEdits } from "../rules/engine/apply-edits.js";
import { resolveConfig } from "../rules/engine/config.js";
import { lintSources } from "../rules/lint-project.js";
import { registry } from "../rules/index.js";

const root = path.resolve("/project");
const filePath = path.join(root, "handler.ts");

function applySuggestion(text: string): string | undefined {
  const config = resolveConfig({}, registry, root, "harden.config.json");
  const finding = lintSources([{ filePath, text }], config, registry).files[0]?.findings.find((f) => f.ruleId === "sensitive-data-logged");
  assert.ok(finding, "expected a sensitive-data-logged finding");
  const suggestion = finding.fixes.find((fix) => fix.kind === "suggestion");
  return suggestion && applyFixEdits(text, [suggestion.edits]).text;
}

describe("sensitive-data-logged suggestions", () => {
  it("drops a sensitive property and keeps the others", () => {
    assert.equal(applySuggestion(`console.log("login", { email, password });\n`), `console.log("login", { email });\n`);
  });

  it("drops a sensitive argument", () => {
    assert.equal(applySuggestion(`console.log("token", accessToken, userId);\n`), `console.log("token", userId);\n`);
  });

  it("redacts a template part", () => {
    assert.equal(applySuggestion("console.log(`reset token ${resetToken} sent`);\n"), "console.log(`reset token [redacted] sent`);\n");
  });

  it("names the logging call once in its message (never \"log log\")", () => {
    const config = resolveConfig({}, registry, root, "harden.config.json");
    const text = `console.log("login", { email, password });\nreq.log.info("login", { password });\n`;
    const messages = lintSources([{ filePath, text }], config, registry).files[0]!.findings.filter((f) => f.ruleId === "sensitive-data-logged").map((f) => f.message);
    assert.equal(messages.length, 2);
    assert.match(messages[0]!, /^This `\.log\(\)` call writes /);
    assert.match(messages[1]!, /^This `\.info\(\)` call writes /);
  });

  it("offers nothing when the sensitive value is all that is logged", () => {
    assert.equal(applySuggestion(`console.log(password);\n`), undefined);
  });
});
