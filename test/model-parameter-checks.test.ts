// The model's record of project functions that check an argument before trusting it (parameter-checks.ts), and of
// functions that set up a protocol server: the cases fixtures would show only as a missing finding.
import * as assert from "node:assert/strict";
import { ts } from "ts-morph";
import { parseSource } from "../rules/engine/analyze.js";
import { summarizeFile } from "../rules/model/summarize.js";

const summaryOf = (text: string) => summarizeFile("/p/checks.ts", parseSource("/p/checks.ts", text));
const checkedOf = (text: string) => Object.fromEntries((summaryOf(text).checkedParameters ?? []).map((entry) => [entry.name, entry.parameters]));

describe("model: parameter checks", function () {
  this.timeout(20_000);

  it("counts a type or value check that rejects, and the reads it narrows", function () {
    const checked = checkedOf(`
      export function label(value: unknown) {
        if (typeof value !== "string") throw new TypeError("label");
        return value.trim();
      }
      export const file = (form: FormData) => {
        const entry = form.get("upload");
        return entry instanceof File ? entry : null;
      };
      export class Plans {
        tier(name: string) {
          switch (name) { case "pro": return 2; default: return 1; }
        }
      }
    `);
    assert.deepEqual(checked, { label: [0], file: [0], "Plans.tier": [0] });
  });

  it("does not count a test against null, typeof object, or a value passed on as it came", function () {
    const checked = checkedOf(`
      export function save(data: unknown) {
        if (data == null) throw new Error("empty");
        return store.insert(data);
      }
      export function keep(data: unknown) {
        if (typeof data !== "object") throw new Error("not an object");
        return store.insert(data);
      }
      export function copy(input: Record<string, unknown>) {
        return { ...input };
      }
      declare const store: { insert(value: unknown): unknown };
    `);
    assert.deepEqual(checked, {});
  });

  it("counts a schema run over the parameter or over a DTO instance made from it", function () {
    const checked = checkedOf(`
      import { plainToInstance } from "class-transformer";
      import { validateSync } from "class-validator";
      import { z } from "zod";
      const shape = z.object({ id: z.string() });
      class NoteDto { id!: string }
      export const parseNote = (input: unknown) => shape.parse(input);
      export function toDto(input: object) {
        const dto = plainToInstance(NoteDto, input);
        if (validateSync(dto).length > 0) throw new Error("invalid");
        return dto;
      }
    `);
    assert.deepEqual(checked, { parseNote: [0], toDto: [0] });
  });

  it("records a function that sets up a protocol server through a dynamic import, not one that only names the package", function () {
    const summary = summaryOf(`
      let made: unknown;
      export default async function sso() {
        made ??= await (await import("@boxyhq/saml-jackson")).controllers({});
        return made;
      }
      export function describe() {
        return "uses @boxyhq/saml-jackson";
      }
    `);
    assert.deepEqual(summary.protocolServerFactories, ["sso"]);
  });

  it("after an incremental edit, answers as a fresh parse does: an edit elsewhere keeps a function's facts, a changed import changes them", function () {
    const before = [
      `import { validate } from "class-validator";`,
      `import { audit } from "./audit";`,
      `export class Handlers {`,
      `  create(input: object) { return validate(input); }`,
      `  forward(input: unknown) { return audit(input); }`,
      `  other(value: number) { return value + 1; }`,
      `}`,
    ].join("\n");
    const edit = (text: string, from: string, to: string) => {
      const start = text.indexOf(from);
      return { text: text.slice(0, start) + to + text.slice(start + from.length), range: ts.createTextChangeRange(ts.createTextSpan(start, from.length), to.length) };
    };
    const facts = (summary: ReturnType<typeof summarizeFile>) => ({ checked: summary.checkedParameters, forwarded: summary.forwardedParameters });
    let sourceFile = parseSource("/p/handlers.ts", before);
    summarizeFile("/p/handlers.ts", sourceFile);
    // Typing in one method's body, then renaming an import another method's facts rest on, then removing the validator's import.
    for (const [from, to] of [
      ["value + 1", "value + 2"],
      [`import { audit } from "./audit";`, `import { record } from "./audit";`],
      [`import { validate } from "class-validator";`, `import { validate } from "./validate";`],
    ]) {
      const changed = edit(sourceFile.text, from!, to!);
      const reused = ts.updateSourceFile(sourceFile, changed.text, changed.range);
      assert.deepEqual(facts(summarizeFile("/p/handlers.ts", reused)), facts(summarizeFile("/p/handlers.ts", parseSource("/p/handlers.ts", changed.text))), `after "${to}"`);
      sourceFile = reused;
    }
    const last = summarizeFile("/p/handlers.ts", sourceFile);
    assert.deepEqual(facts(last), {
      checked: undefined,
      forwarded: [{ name: "Handlers.create", parameter: 0, callee: "validate", index: 0 }],
    }, "validate is the project's own now, and audit is no longer imported");
  });

  it("after an edit to an enclosing function's body, works out the facts of a function declared inside it again", function () {
    const text = [`import { audit } from "./audit";`, `export function outer() {`, `  const note = 1;`, `  class Inner {`, `    keep(input: unknown) { return audit(input); }`, `  }`, `  return Inner;`, `}`].join("\n");
    const sourceFile = parseSource("/p/outer.ts", text);
    assert.deepEqual(summarizeFile("/p/outer.ts", sourceFile).forwardedParameters, [{ name: "Inner.keep", parameter: 0, callee: "audit", index: 0 }]);
    // A local `audit` now shadows the import: the parser reuses the method's node, not its answer.
    const start = text.indexOf("const note = 1;");
    const shadowing = "const audit = (value: unknown) => value;";
    const edited = text.slice(0, start) + shadowing + text.slice(start + "const note = 1;".length);
    const reused = ts.updateSourceFile(sourceFile, edited, ts.createTextChangeRange(ts.createTextSpan(start, "const note = 1;".length), shadowing.length));
    assert.deepEqual(summarizeFile("/p/outer.ts", reused).forwardedParameters, summarizeFile("/p/outer.ts", parseSource("/p/outer.ts", edited)).forwardedParameters);
    assert.equal(summarizeFile("/p/outer.ts", reused).forwardedParameters, undefined);
  });

  it("counts text parsed as JSON whose result a schema checks, and records what a parameter's values are carried into", function () {
    const summary = summaryOf(`
      import { z } from "zod";
      import { parseWindow } from "./windows";
      export function parseIds(text: string) {
        let ids: unknown;
        try {
          ids = JSON.parse(text);
        } catch {
          throw new Error("ids must be JSON");
        }
        return z.array(z.string()).parse(ids);
      }
      export function keepParsed(text: string) {
        const parsed = JSON.parse(text);
        return parsed;
      }
      export function windowClause(query: { start?: string; end?: string; note?: string }) {
        const { start, end } = query;
        const window = start && end ? { start, end } : undefined;
        return parseWindow({ window, ids: query.note });
      }
      export function looseClause(query: { start?: string }) {
        const { start } = query;
        return "at >= " + start;
      }
    `);
    assert.deepEqual(Object.fromEntries((summary.checkedParameters ?? []).map((entry) => [entry.name, entry.parameters])), { parseIds: [0] });
    assert.deepEqual(summary.carriedParameters, [{ name: "windowClause", parameter: 0, landings: [{ callee: "parseWindow", index: 0 }] }]);
  });
});
