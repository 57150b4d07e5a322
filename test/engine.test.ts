// Engine units: config validation, suppressions, rule isolation, fixes as data and the fix loop,
// driven by small rules defined here so the tests pin the engine, not any shipped rule.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "ts-morph";
import { z } from "zod";
import { parseSource } from "../rules/engine/analyze.js";
import { appendMissingLines, applyFixEdits, withJsonEntry } from "../rules/engine/apply-edits.js";
import { ConfigError, parseConfigText, resolveConfig, type HardenConfig } from "../rules/engine/config.js";
import { FixBuilder } from "../rules/engine/fix-builder.js";
import { fixUntilStable, lintSources } from "../rules/lint-project.js";
import { defineRule, type AnyRule } from "../rules/engine/types.js";
import invalidSuppression from "../rules/invalid-suppression.js";
import { reasonPlaceholder, suppressionEdit } from "../rules/engine/suppressions.js";
import { summarizeFile } from "../rules/model/summarize.js";
import { listSourceFiles } from "./fixture-harness.js";

const root = "/project";

const noDebugger = defineRule({
  id: "no-debugger",
  meta: {
    category: "correctness",
    severity: "error",
    needsTypes: false,
    fix: "safe",
    fixTitle: "Remove the debugger statement",
    summary: "No debugger statements.",
    messages: { found: "debugger statement" },
  },
  check: (ctx) => ({
    [ts.SyntaxKind.DebuggerStatement](node) {
      ctx.report({ node, messageId: "found", fix: (edit) => edit.remove(node) });
    },
  }),
});

const throwsOnClasses = defineRule({
  id: "throws-on-classes",
  meta: { category: "correctness", severity: "warn", needsTypes: false, fix: "none", summary: "Throws.", messages: { never: "never" } },
  check: () => ({
    [ts.SyntaxKind.ClassDeclaration]() {
      throw new Error("boom\nsecond line");
    },
  }),
});

const envNote = defineRule({
  id: "env-note",
  meta: {
    category: "security",
    severity: "warn",
    needsTypes: false,
    fix: "scaffold",
    summary: "Declares API_TOKEN in .env.example.",
    messages: { note: "note" },
    options: z.object({ name: z.string().default("API_TOKEN") }).strict(),
  },
  check: (ctx) => ({
    [ts.SyntaxKind.StringLiteral](node) {
      if ((node as ts.StringLiteral).text !== "token-here") return;
      ctx.report({
        node,
        messageId: "note",
        fix: (edit) => edit.replace(node, `process.env.${ctx.options.name}`).appendLines(".env.example", `${ctx.options.name}=`),
      });
    },
  }),
});

const registry: AnyRule[] = [envNote, invalidSuppression, noDebugger, throwsOnClasses];

function configFor(config: HardenConfig = {}) {
  return resolveConfig(config, registry, root, "harden.config.json");
}

function lintOne(text: string, config: HardenConfig = {}) {
  const result = lintSources([{ filePath: `${root}/src/app.ts`, text }], configFor(config), registry);
  return { ...result, findings: result.files[0]?.findings ?? [] };
}

describe("config", () => {
  it("names the file when the JSON is invalid", () => {
    assert.throws(() => parseConfigText("{ rules: ", "cfg/harden.config.json"), (error: Error) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /^cfg\/harden\.config\.json: invalid JSON/);
      return true;
    });
  });

  it("names an unknown top-level key", () => {
    assert.throws(() => parseConfigText('{ "rulez": {} }', "harden.config.json"), /harden\.config\.json: rulez: unknown key "rulez"$/);
  });

  it("names the key path of a bad severity", () => {
    assert.throws(() => parseConfigText('{ "rules": { "no-debugger": "loud" } }', "harden.config.json"), /rules\.no-debugger/);
  });

  it("names the key path of a wrong type", () => {
    assert.throws(() => parseConfigText('{ "ignore": "dist" }', "harden.config.json"), /harden\.config\.json: ignore: .*array/);
  });

  it("names an unknown rule id", () => {
    assert.throws(() => configFor({ rules: { "no-such-rule": "warn" } }), /rules\.no-such-rule: unknown rule id "no-such-rule"/);
  });

  it("validates rule options against the rule's schema and names the option", () => {
    assert.throws(() => configFor({ rules: { "env-note": ["warn", { name: 3 }] } }), /rules\.env-note\[1\]\.name: /);
    assert.throws(() => configFor({ rules: { "no-debugger": ["warn", { x: 1 }] } }), /rules\.no-debugger\[1\]: this rule takes no options/);
  });

  it("gives every problem in one message, one line each with its key path, worded for people", () => {
    const text = JSON.stringify({ rules: { "no-such-rule": "warn", "no-debugger": "loud", "env-note": ["warn", { name: 3, nmae: "X" }] }, ignore: [1], rulez: {} });
    assert.throws(
      () => parseConfigText(text, "harden.config.json", registry),
      (error: Error) => {
        assert.ok(error instanceof ConfigError);
        assert.deepEqual(error.message.split("\n").sort(), [
          'harden.config.json: ignore[0]: Invalid input: expected string, received number',
          'harden.config.json: rules.env-note[1].name: Invalid input: expected string, received number',
          'harden.config.json: rules.env-note[1].nmae: unknown key "nmae"',
          'harden.config.json: rules.no-debugger: expected "off", "info", "warn" or "error", or ["<severity>", { <options> }]',
          'harden.config.json: rules.no-such-rule: unknown rule id "no-such-rule"',
          'harden.config.json: rulez: unknown key "rulez"',
        ]);
        return true;
      },
    );
  });

  it("applies defaults, overrides and off", () => {
    const resolved = configFor({ rules: { "no-debugger": "warn", "env-note": "off" } });
    assert.equal(resolved.rules.get("no-debugger")?.severity, "warn");
    assert.equal(resolved.rules.has("env-note"), false);
    assert.equal(configFor().rules.get("env-note")?.severity, "warn");
    assert.deepEqual(configFor().rules.get("env-note")?.options, { name: "API_TOKEN" });
    assert.deepEqual(configFor().settings.sensitivePrefixes, ["/admin", "/internal"]);
  });
});

describe("runner", () => {
  it("reports with 1-based locations and the message template filled", () => {
    const { findings } = lintOne("const a = 1;\n  debugger;\n");
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0]!.location, { line: 2, column: 3, endLine: 2, endColumn: 12 });
    assert.equal(findings[0]!.message, "debugger statement");
    assert.equal(findings[0]!.fixes[0]!.title, "Remove the debugger statement");
  });

  it("skips a rule that throws for that file with a one-line notice, and keeps the others", () => {
    const { findings, files } = lintOne("class A {}\ndebugger;\n");
    assert.deepEqual(findings.map((f) => f.ruleId), ["no-debugger"]);
    assert.deepEqual(files[0]!.notices.map((n) => n.message), ["rule throws-on-classes failed on this file and was skipped for it: boom"]);
  });

  it("turns a file too deeply nested to parse into a notice instead of a crash", () => {
    const depth = 10_000;
    const text = `const x = ${"(".repeat(depth)}1${")".repeat(depth)};\n`;
    const result = lintSources([{ filePath: `${root}/deep.ts`, text }, { filePath: `${root}/ok.ts`, text: "debugger;" }], configFor(), registry);
    assert.deepEqual(result.files.map((f) => f.filePath), [`${root}/ok.ts`]);
    assert.deepEqual(result.notices, [{ filePath: `${root}/deep.ts`, message: "skipped: too deeply nested to analyse" }]);
  });

  it("analyses a file with syntax errors as far as it parses", () => {
    const { findings } = lintOne("let x = ;\ndebugger;\nif (a ==\n");
    assert.deepEqual(findings.map((f) => f.ruleId), ["no-debugger"]);
  });
});

describe("suppressions", () => {
  it("suppresses the next line with a reason", () => {
    const { findings } = lintOne("// harden-ignore-next-line no-debugger -- kept for the demo\ndebugger;\n");
    assert.deepEqual(findings, []);
  });

  it("suppresses a whole file", () => {
    const { findings } = lintOne("/* harden-ignore-file no-debugger -- generated */\ndebugger;\nconst a = 1;\ndebugger;\n");
    assert.deepEqual(findings, []);
  });

  it("does not reach past the next line", () => {
    const { findings } = lintOne("// harden-ignore-next-line no-debugger -- one only\nconst a = 1;\ndebugger;\n");
    assert.deepEqual(findings.map((f) => `${f.ruleId}:${f.location.line}`), ["invalid-suppression:1", "no-debugger:3"]);
    assert.match(findings[0]!.message, /suppresses no `no-debugger` finding/);
  });

  it("reports a suppression without a reason, an unknown rule and an empty directive", () => {
    const { findings } = lintOne(
      "// harden-ignore-next-line no-debugger\ndebugger;\n// harden-ignore-next-line no-such-rule -- why\nconst b = 2;\n// harden-ignore-file\n",
    );
    assert.deepEqual(
      findings.map((f) => f.message),
      [
        "This harden-ignore comment gives no reason; add `-- <why this is safe>`.",
        "harden-ignore names unknown rule `no-such-rule`.",
        "This harden-ignore comment names no rule id.",
        "This harden-ignore comment gives no reason; add `-- <why this is safe>`.",
      ],
    );
  });

  it("builds the ignore comment a quick fix inserts: indented above the line, or at the top below a #! line; with a reason it silences the finding", () => {
    const text = "#!/usr/bin/env node\r\nfunction f() {\r\n    debugger;\r\n}\r\n";
    const [finding] = lintOne(text).findings;
    assert.ok(finding);
    const apply = (edit: ReturnType<typeof suppressionEdit>): string => text.slice(0, edit!.start) + edit!.newText + text.slice(edit!.end);
    const nextLine = apply(suppressionEdit(finding, text, "next-line"));
    assert.equal(nextLine, `#!/usr/bin/env node\r\nfunction f() {\r\n    // harden-ignore-next-line no-debugger -- ${reasonPlaceholder}\r\n    debugger;\r\n}\r\n`);
    const file = apply(suppressionEdit(finding, text, "file"));
    assert.ok(file.startsWith(`#!/usr/bin/env node\r\n// harden-ignore-file no-debugger -- ${reasonPlaceholder}\r\n`));
    for (const suppressed of [nextLine, file]) {
      assert.deepEqual(lintOne(suppressed.replace(reasonPlaceholder, "a local tool")).findings, []);
    }
  });

  it("has no next-line comment for a finding whose line starts inside a multi-line template or string (the comment would become text)", () => {
    const text = "const page = `\n${Date.now()} <b>${user}</b>`;\nconst next = 'a\\\nb' + Date.now();\nconst later = Date.now();\n";
    const at = (needle: string, from = 0) => text.indexOf(needle, from);
    const finding = (start: number) => ({ ...lintOne("debugger;\n").findings[0]!, span: { start, end: start + 8 } });
    assert.equal(suppressionEdit(finding(at("Date.now")), text, "next-line"), undefined, "inside a template");
    assert.equal(suppressionEdit(finding(at("Date.now", at("'a"))), text, "next-line"), undefined, "inside a continued string");
    assert.equal(suppressionEdit(finding(at("later")), text, "next-line")?.start, at("const later"));
    assert.equal(suppressionEdit(finding(at("Date.now")), text, "file")?.start, 0);
  });

  it("ignores directive-looking text inside strings", () => {
    const { findings } = lintOne('const s = "// harden-ignore-next-line no-debugger -- x";\ndebugger;\n');
    assert.deepEqual(findings.map((f) => f.ruleId), ["no-debugger"]);
  });
});

describe("fixes", () => {
  const edit = (start: number, end: number, newText: string) => ({ filePath: "f.ts", start, end, newText });

  it("applies each fix whole, skips one that overlaps, and merges identical edits", () => {
    const text = "abcdef";
    const result = applyFixEdits(text, [
      [edit(0, 1, "A"), edit(6, 6, "!")],
      [edit(0, 2, "XY")],
      [edit(3, 4, "D"), edit(6, 6, "!")],
    ]);
    assert.equal(result.text, "AbcDef!");
    assert.equal(result.appliedFixes, 2);
  });

  it("appends only the missing lines", () => {
    assert.equal(appendMissingLines("A=\nB=", "B=\nC="), "A=\nB=\nC=\n");
    assert.equal(appendMissingLines("", "C="), "C=\n");
    assert.equal(appendMissingLines("C=\n", "C="), "C=\n");
  });

  it("never adds an empty entry for a variable an env file already sets: the later, empty line would win", () => {
    assert.equal(appendMissingLines("API_KEY=replace-me\nexport REGION=eu\n", "API_KEY=\nREGION=\nB="), "API_KEY=replace-me\nexport REGION=eu\nB=\n");
  });

  it("adds a JSON entry in the file's layout: sorted among sorted keys, last otherwise, once", () => {
    const zod = { object: "dependencies", key: "zod", value: '"^4.1.0"' };
    const add = (text: string): string => withJsonEntry(text, { ...zod, key: "koa" });
    assert.equal(add('{\n  "name": "a",\n  "dependencies": {\n    "express": "^4",\n    "pg": "^8"\n  }\n}\n'), '{\n  "name": "a",\n  "dependencies": {\n    "express": "^4",\n    "koa": "^4.1.0",\n    "pg": "^8"\n  }\n}\n');
    assert.equal(add('{\n\t"dependencies": {\n\t\t"pg": "^8",\n\t\t"express": "^4"\n\t}\n}'), '{\n\t"dependencies": {\n\t\t"pg": "^8",\n\t\t"express": "^4",\n\t\t"koa": "^4.1.0"\n\t}\n}');
    assert.equal(withJsonEntry('{ "name": "a", "dependencies": { "express": "^4" } }', zod), '{ "name": "a", "dependencies": { "express": "^4", "zod": "^4.1.0" } }');
    assert.equal(withJsonEntry('{\r\n  "name": "a",\r\n  "dependencies": {}\r\n}\r\n', zod), '{\r\n  "name": "a",\r\n  "dependencies": {\r\n    "zod": "^4.1.0"\r\n  }\r\n}\r\n');
    // A root's keys follow a convention, not the alphabet: a missing object goes last.
    assert.equal(withJsonEntry('{\n  "name": "a",\n  "version": "1.0.0"\n}\n', zod), '{\n  "name": "a",\n  "version": "1.0.0",\n  "dependencies": {\n    "zod": "^4.1.0"\n  }\n}\n');
    assert.equal(withJsonEntry('{ "dependencies": { "zod": "^3.23.0" } }', zod), '{ "dependencies": { "zod": "^3.23.0" } }');
    assert.equal(withJsonEntry("{ not json", zod), "{ not json");
  });

  it("adds imports next to existing ones, extends a named import, and uses require in CommonJS", () => {
    const importFix = (text: string, module: string, name: string): string => {
      const sourceFile = parseSource("/p/a.ts", text);
      const builder = new FixBuilder("/p/a.ts", sourceFile, "/p").addNamedImport(module, name);
      return applyFixEdits(text, [builder.edits]).text;
    };
    assert.equal(importFix('import { a } from "m";\nx();\n', "m", "b"), 'import { a, b } from "m";\nx();\n');
    assert.equal(importFix('import { a } from "m";\nx();\n', "m", "a"), 'import { a } from "m";\nx();\n');
    assert.equal(importFix('import x from "y";\nx();\n', "node:crypto", "randomUUID"), 'import x from "y";\nimport { randomUUID } from "node:crypto";\nx();\n');
    assert.equal(importFix('"use strict";\nconst m = require("m");\n', "zod", "z"), '"use strict";\nconst { z } = require("zod");\nconst m = require("m");\n');
    assert.equal(importFix("#!/usr/bin/env node\nrun();\n", "zod", "z"), '#!/usr/bin/env node\nimport { z } from "zod";\n\nrun();\n');
  });

  it("computes module specifiers between project files", () => {
    const builder = new FixBuilder("/p/src/routes/users.ts", parseSource("/p/src/routes/users.ts", ""), "/p");
    assert.equal(builder.moduleSpecifierTo("/p/src/lib/auth.ts"), "../lib/auth");
    assert.equal(builder.moduleSpecifierTo("/p/src/routes/guards/index.ts"), "./guards");
  });

  it("repeats until stable and extends .env.example without duplicating lines", () => {
    const sources = new Map([[`${root}/src/app.ts`, 'debugger;\nconst t = "token-here";\ndebugger;\nconst u = "token-here";\n']]);
    const result = fixUntilStable(sources, configFor(), registry, {
      kinds: ["safe", "scaffold"],
      readExtraFile: (filePath) => (filePath === `${root}/.env.example` ? "DATABASE_URL=\n" : undefined),
      isSourceFile: (filePath) => filePath.endsWith(".ts"),
    });
    assert.equal(result.changed.get(`${root}/src/app.ts`), "\nconst t = process.env.API_TOKEN;\n\nconst u = process.env.API_TOKEN;\n");
    assert.equal(result.changed.get(`${root}/.env.example`), "DATABASE_URL=\nAPI_TOKEN=\n");
    assert.deepEqual(result.final.files[0]!.findings, []);
  });

  it("applies only the requested kinds", () => {
    const sources = new Map([[`${root}/src/app.ts`, 'debugger;\nconst t = "token-here";\n']]);
    const result = fixUntilStable(sources, configFor(), registry, {
      kinds: ["safe"],
      readExtraFile: () => undefined,
      isSourceFile: () => true,
    });
    assert.equal(result.changed.get(`${root}/src/app.ts`), '\nconst t = "token-here";\n');
    assert.equal(result.changed.has(`${root}/.env.example`), false);
  });
});

describe("framework model summaries", () => {
  /** Strings, numbers, booleans, arrays and plain objects only: no nodes, Maps, Sets or functions, so workers and caches can carry them. */
  function plainDataViolation(value: unknown, at: string): string | undefined {
    if (value === null || value === undefined || ["string", "number", "boolean"].includes(typeof value)) return undefined;
    if (Array.isArray(value)) return value.map((item, index) => plainDataViolation(item, `${at}[${index}]`)).find(Boolean);
    if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.entries(value).map(([key, item]) => plainDataViolation(item, `${at}.${key}`)).find(Boolean);
    }
    return `${at} is a ${typeof value === "object" ? value.constructor.name : typeof value}`;
  }

  it("are plain data, for every fixture file", function () {
    // Summarises every fixture file: about 25 s on a loaded 2-core machine.
    this.timeout(120_000);
    const fixtures = path.resolve(__dirname, "../test-fixtures");
    const files = listSourceFiles(fixtures);
    assert.ok(files.length > 100, `expected the fixture corpus, found ${files.length} files`);
    for (const filePath of files) {
      const summary = summarizeFile(filePath, parseSource(filePath, fs.readFileSync(filePath, "utf8")));
      assert.equal(plainDataViolation(summary, path.relative(fixtures, filePath)), undefined);
    }
  });

  it("are built for a 10,000-link member chain (dotted names are bounded, not rebuilt at every link)", () => {
    const text = `const v = x${".y".repeat(10_000)};\nexport default v;\n`;
    const summary = summarizeFile("/p/chain.ts", parseSource("/p/chain.ts", text));
    assert.deepEqual(summary.exports, [{ exported: "default", local: "v" }]);
  });

  it("are told apart from a summary holding a node", () => {
    const sourceFile = parseSource("/p/a.ts", "const a = 1;");
    assert.match(plainDataViolation({ routes: [{ handler: sourceFile.statements[0] }] }, "s") ?? "", /^s\.routes\[0\]\.handler is a \w+/);
  });
});
