// The model's record of project functions that check an argument before trusting it (parameter-checks.ts), and of
// functions that set up a protocol server: the cases fixtures would show only as a missing finding.
import * as assert from "node:assert/strict";
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
});
