// Fixes that fit where the code runs and how it is written: what the fixture snapshots cannot show (suggestions in
// place of safe fixes, files a scaffold creates), and the FixBuilder's placement and style on their own.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "ts-morph";
import { codeStyleOf, inStyle } from "../rules/engine/code-style.js";
import { FixBuilder } from "../rules/engine/fix-builder.js";
import { lintSources, type LintResult } from "../rules/lint-project.js";
import type { Finding, Fix } from "../rules/engine/types.js";
import { registry } from "../rules/index.js";
import { listSourceFiles, loadFixtureConfig } from "./fixture-harness.js";

const fixturesRoot = path.resolve(__dirname, "../test-fixtures/rules");
const results = new Map<string, LintResult>();

function lintRuleFixtures(ruleId: string): LintResult {
  let result = results.get(ruleId);
  if (!result) {
    const directory = path.join(fixturesRoot, ruleId);
    const sources = listSourceFiles(directory).map((filePath) => ({ filePath, text: fs.readFileSync(filePath, "utf8") }));
    results.set(ruleId, (result = lintSources(sources, loadFixtureConfig(directory, registry), registry)));
  }
  return result;
}

function findingsIn(ruleId: string, relativePath: string): Finding[] {
  const filePath = path.join(fixturesRoot, ruleId, relativePath);
  const findings = lintRuleFixtures(ruleId).files.find((file) => file.filePath === filePath)?.findings.filter((f) => f.ruleId === ruleId) ?? [];
  assert.ok(findings.length > 0, `no ${ruleId} finding in ${relativePath}`);
  return findings;
}

function appliedFixes(finding: Finding): Fix[] {
  return finding.fixes.filter((fix) => fix.kind === "safe" || fix.kind === "scaffold");
}

function editedText(ruleId: string, relativePath: string, fix: Fix): string {
  let text = fs.readFileSync(path.join(fixturesRoot, ruleId, relativePath), "utf8");
  for (const edit of [...fix.edits].sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
  return text;
}

describe("runtime-aware fixes", function () {
  this.timeout(60_000);

  it("keeps a body limit the project wrote, offering to lower it only as a suggestion", () => {
    for (const finding of findingsIn("unbounded-body-size", "koa-document-import.ts")) {
      assert.deepEqual(appliedFixes(finding), [], "an explicit limit is never lowered by fix-all");
      const suggestion = finding.fixes.find((fix) => fix.kind === "suggestion");
      assert.ok(suggestion, "lowering the limit is suggested");
      assert.match(editedText("unbounded-body-size", "koa-document-import.ts", suggestion), /jsonLimit: "1mb"/);
    }
  });

  it("registers helmet only as a suggestion when the package does not declare it", () => {
    const [finding] = findingsIn("missing-security-headers", "express-no-helmet/server.ts");
    assert.deepEqual(appliedFixes(finding!), []);
    const suggestion = finding!.fixes.find((fix) => fix.kind === "suggestion");
    assert.deepEqual([suggestion?.title, suggestion?.suggestionReason], ["Register helmet", "add helmet to express-no-helmet/package.json first"]);
    assert.match(editedText("missing-security-headers", "express-no-helmet/server.ts", suggestion!), /^import helmet from "helmet";$/m);
  });

  it("moves a Worker's secret to its env binding, a suggestion where a declared type must list it", () => {
    const [hono] = findingsIn("hardcoded-secret", "edge-worker/src/index.ts");
    assert.deepEqual(appliedFixes(hono!), []);
    const honoEdit = hono!.fixes[0]!.edits.find((edit) => edit.newText.includes("env"));
    assert.ok(honoEdit, "the suggestion reads the binding");
    assert.match(honoEdit.newText, /c\.env\.\w+/);
    assert.doesNotMatch(honoEdit.newText, /process\.env/);
    const [typed] = findingsIn("hardcoded-secret", "worker/src/index.ts").filter((finding) => finding.location.line === 11);
    assert.deepEqual(appliedFixes(typed!), [], "`env: { CATALOGUE_URL: string }` has no member for a new secret");
    assert.match(typed!.fixes[0]!.edits[0]!.newText, /^env\.(\w+) \|\| \(\(\) => \{ throw new Error\("\1 is not set"\); \}\)\(\)$/);
  });

  it("reads a Worker's CORS allow-list from the request's env binding in Hono's origin callback, never process.env", () => {
    const [finding] = findingsIn("permissive-cors", "edge-worker/src/index.ts");
    const edits = finding!.fixes[0]!.edits.map((edit) => edit.newText).join("\n");
    assert.match(edits, /^\(origin, c\) => \(\(c\.env\.ALLOWED_ORIGINS \?\? ""\)\.split\(","\)\.includes\(origin\) \? origin : null\)$/);
    assert.doesNotMatch(edits, /process\.env/);
  });

  it("writes no env module for a Worker, whose environment is a binding", () => {
    const [finding] = findingsIn("unvalidated-env", "edge-worker/src/index.ts");
    assert.deepEqual(finding!.fixes, []);
  });

  it("scaffolds the env module in the package that reads it, with zod only where the package declares it", () => {
    const [mailer] = findingsIn("unvalidated-env", "packages/mailer/src/transport.ts");
    const [mailerModule] = appliedFixes(mailer!)[0]!.files;
    assert.equal(mailerModule?.filePath, path.join(fixturesRoot, "unvalidated-env/packages/mailer/src/env.ts"));
    assert.doesNotMatch(mailerModule!.text, /zod/);
    assert.match(mailerModule!.text, /SMTP_HOST: required\("SMTP_HOST"\),/);
    // Parsed at load, an unset port is a NaN the transport never stops at: checked as a number when set, not required.
    assert.match(mailerModule!.text, /SMTP_PORT: numeric\("SMTP_PORT", process\.env\.SMTP_PORT\),/);
    const [billing] = findingsIn("unvalidated-env", "packages/billing/src/stripe.ts");
    const [billingModule] = appliedFixes(billing!)[0]!.files;
    assert.equal(billingModule?.filePath, path.join(fixturesRoot, "unvalidated-env/packages/billing/src/env.ts"));
    assert.match(billingModule!.text, /^import \{ z \} from "zod";$/m);
    assert.match(billingModule!.text, /STRIPE_API_KEY: z\.string\(\)\.min\(1\),/);
    assert.doesNotMatch(billingModule!.text, /SMTP_HOST/, "only the package's own variables");
  });
});

describe("FixBuilder placement and style", () => {
  function builderFor(text: string): FixBuilder {
    return new FixBuilder("/project/src/file.ts", ts.createSourceFile("/project/src/file.ts", text, ts.ScriptTarget.Latest, true), "/project");
  }

  it("never inserts between a directive comment and the line it governs", () => {
    const text = 'import a from "a";\n\nfunction f() {\n  // eslint-disable-next-line no-console\n  // @ts-ignore -- untyped\n  console.log(a.b);\n}\n';
    const codeStart = text.indexOf("console.log");
    const edit = builderFor(text).insertBefore(codeStart, "guard();\n  ");
    assert.equal(edit.edits[0]!.start, text.indexOf("// eslint-disable-next-line"));
    const lineStart = text.lastIndexOf("\n", codeStart) + 1;
    assert.equal(builderFor(text).insertBefore(lineStart, "  guard();\n").edits[0]!.start, text.indexOf("  // eslint-disable"));
    const directiveEnd = text.indexOf("\n", text.indexOf("@ts-ignore"));
    const moved = builderFor(text).insertAfter(directiveEnd, "\n  guard();").edits[0]!;
    assert.deepEqual([moved.start, moved.newText], [text.indexOf("  // eslint-disable"), "  guard();\n"], "above every stacked directive");
    // An insertion after the governed line, or on a line no directive governs, stays where it was asked for.
    const after = text.indexOf("\n", codeStart);
    assert.equal(builderFor(text).insertAfter(after, "\n  done();").edits[0]!.start, after);
  });

  it("writes the levels it adds in the file's unit of spaces, on top of the indentation it took from the file", () => {
    const text = 'export function handle(body: string) {\n    if (body) {\n        save(body);\n    }\n}\n';
    assert.equal(codeStyleOf(ts.createSourceFile("a.ts", text, ts.ScriptTarget.Latest, true)).indentUnit, "    ");
    const statement = text.indexOf("if (body)");
    // A guard before a statement, indented from that statement's line with two-space levels.
    const guard = builderFor(text).insertBefore(statement, 'if (!body) {\n      return "empty";\n    }\n    ').edits[0]!.newText;
    assert.equal(guard, 'if (!body) {\n        return "empty";\n    }\n    ');
    // At a block's `{`, indented like the block's first statement: already the file's, nothing to add.
    const open = text.indexOf("{", statement) + 1;
    assert.equal(builderFor(text).insertAfter(open, "\n        check(body);").edits[0]!.newText, "\n        check(body);");
    // From the line of the `{` plus one level of the fix's.
    assert.equal(builderFor(text).insertAfter(open, "\n      check(body);").edits[0]!.newText, "\n        check(body);");
    const created = builderFor(text).createFile("src/guard.ts", 'export function guard() {\n  if (ready) {\n    return `  kept\n  as written`;\n  }\n}\n').files[0]!.text;
    assert.equal(created, 'export function guard() {\n    if (ready) {\n        return `  kept\n  as written`;\n    }\n}\n', "template text is data");
    // A handler wrapped whole keeps the lines it had.
    const handler = 'app.get("/", (req, res) => {\n    res.send("ok");\n});\n';
    const span = { start: handler.indexOf("(req"), end: handler.lastIndexOf("}") + 1 };
    const wrapped = builderFor(handler).replace(span, `guard(${handler.slice(span.start, span.end)})`).edits[0]!.newText;
    assert.equal(wrapped, 'guard((req, res) => {\n    res.send("ok");\n})');
    const twoSpaces = builderFor('function f() {\n  run();\n}\n');
    assert.equal(twoSpaces.insertBefore(17, "if (x) {\n    stop();\n  }\n  ").edits[0]!.newText, "if (x) {\n    stop();\n  }\n  ", "a two-space file is left as written");
  });

  it("follows the file's quotes, semicolons and tabs, never inside strings, templates or continuing lines", () => {
    const style = codeStyleOf(ts.createSourceFile("a.ts", "import x from 'x'\nif (x) {\n\tx('a')\n}\n", ts.ScriptTarget.Latest, true));
    assert.deepEqual(style, { quote: "'", semicolons: false, indentUnit: "\t", numericSeparators: false });
    assert.equal(inStyle('\nimport { y } from "y";', style, "\nrun()\n"), "\nimport { y } from 'y'");
    assert.equal(inStyle('\nimport { y } from "y";', style, "\n(async () => {})()\n"), "\nimport { y } from 'y';", "a `;` before a line starting with `(` stays");
    assert.equal(inStyle("\napp.use(h());", style, "\n\n// the routes\napp.get('/', r)\n"), "\napp.use(h())", "a comment below is not a continuing `/`");
    assert.equal(inStyle("\napp.use(h());", style, "\n/* note */ [1].map(f)\n"), "\napp.use(h());", "code after a comment still decides");
    assert.equal(inStyle('const a = "x";\n[1].map(f);\n', style, ""), "const a = 'x';\n[1].map(f)\n");
    assert.equal(inStyle('f(`say "${"hi"}";\n  ok`);\n', style, ""), "f(`say \"${'hi'}\";\n  ok`)\n", "template text is data");
    assert.equal(inStyle('const q = "it\'s";\n', style, ""), "const q = \"it's\"\n", "a quote that would need escaping stays");
    assert.equal(inStyle("for (;;) {\n  step();\n}\n", style, ""), "for (;;) {\n\tstep()\n}\n");
    assert.equal(inStyle('const r = /"/;\n', style, ""), 'const r = /"/\n', "a regular expression is not a string");
    const builder = builderFor('const s = "a; b";\n');
    assert.equal(builder.insertBefore(14, "; c").edits[0]!.newText, "; c", "text inside a string literal is data");
  });
});
