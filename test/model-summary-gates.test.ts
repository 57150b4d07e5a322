// Summary facts that the extractors now look for only where the text spells them (a gate on a function's or a
// subtree's text): each gate must still let through the shapes it guards, however little else the text holds.
import * as assert from "node:assert/strict";
import { parseSource } from "../rules/engine/analyze.js";
import { summarizeFile } from "../rules/model/summarize.js";

const summaryOf = (text: string, filePath = "/p/file.ts") => summarizeFile(filePath, parseSource(filePath, text));
/** A block of statements with no marker word, large enough to be skipped whole. */
const filler = Array.from({ length: 8 }, (_, index) => `  const total${index} = values.reduce((sum, value) => sum + value * ${index}, 0);`).join("\n");

describe("model: gated summary facts", function () {
  this.timeout(20_000);

  it("finds script and DOM markers deep inside large functions of a file that mentions them once", function () {
    const script = summaryOf(`
      export function report(values: number[]) {
      ${filler}
        if (values.length > 0) {
          ${filler}
          console.log(process.argv.slice(2));
        }
      }
    `);
    assert.equal(script.codeMarkers?.runsOnce, true);
    const page = summaryOf(`
      export function mount(values: number[]) {
      ${filler}
        for (const value of values) {
          ${filler}
          window.scrollTo(0, value);
        }
      }
    `);
    assert.equal(page.codeMarkers?.domGlobals, true);
    const both = summaryOf(`
      export function mount(values: number[]) {
      ${filler}
        if (typeof window !== "undefined") window.scrollTo(0, values[0] ?? 0);
      }
    `);
    assert.equal(both.codeMarkers?.domGlobals, undefined);
    const typed = summaryOf(`
      export function mount(values: number[], target: Window["document"]) {
      ${filler}
        return target;
      }
    `);
    assert.equal(typed.codeMarkers?.domGlobals, undefined);
  });

  it("takes script and DOM markers only from code that reads them, in the order the file spells them", function () {
    const markerKeys = (text: string) => Object.keys(summaryOf(text).codeMarkers ?? {}).filter((key) => key === "interactive" || key === "runsOnce");
    assert.deepEqual(markerKeys(`const answers = process.stdin;\nconst flags = process.argv;`), ["interactive", "runsOnce"]);
    assert.deepEqual(markerKeys(`const flags = process.argv;\nconst answers = process.stdin;`), ["runsOnce", "interactive"]);
    assert.deepEqual(markerKeys(`if (import.meta.main) serve();`), ["runsOnce"]);
    // Asking what kind of value a marker is reads nothing from it, nor does a type that names one.
    assert.deepEqual(markerKeys(`export const kind = typeof process.stdin;\nlet input: typeof process.argv;`), []);
    assert.equal(summaryOf(`export type Page = typeof document;`).codeMarkers?.domGlobals, undefined);
    // Testing a member of the global is neither a use of it nor a test for it.
    assert.equal(summaryOf(`export const hasCookies = typeof document.cookie === "string";`).codeMarkers?.domGlobals, undefined);
    const member = summaryOf(`export const hasCookies = typeof document.cookie === "string";\nexport const title = () => document.title;`);
    assert.equal(member.codeMarkers?.domGlobals, true);
    const typed = summaryOf(`export const title = (document: { title: string }) => document.title;`);
    assert.equal(typed.codeMarkers?.domGlobals, undefined);
  });

  it("reads a credential through a verify or decode call whose function spells no credential word", function () {
    const summary = summaryOf(`
      export function gate(req, res, next) {
        if (!verifyPass(req.headers["x-k"])) return res.status(401).end();
        next();
      }
    `);
    assert.ok(summary.authGuards.includes("gate"));
  });

  it("records a sent-secret matcher whose setting is read by the function of its file it hands the value to", function () {
    const summary = summaryOf(`
      import { sameText } from "./compare";
      export function fromScheduler(request: Request) {
      ${filler}
        return headerMatches(request);
      }
      function headerMatches(request: Request) {
        return sameText(request.headers.get("authorization"), \`Bearer \${process.env.SCHEDULER_SECRET}\`);
      }
      export function fromAnyone(request: Request) {
        return request.headers.get("x-scheduler") !== null;
      }
    `);
    assert.deepEqual(summary.sentSecretMatchers, [{ name: "fromScheduler", comparer: "sameText" }, { name: "headerMatches", comparer: "sameText" }]);
  });

  it("records a member mapper that iterates with for … in", function () {
    const summary = summaryOf(`
      export const wrapAll = (controller) => {
        const result = {};
        for (const key in controller) result[key] = wrap(controller[key]);
        return result;
      };
    `);
    assert.deepEqual(summary.memberMappers, ["wrapAll"]);
  });

  it("knows a server app made by a renamed import of its framework", function () {
    const summary = summaryOf(`
      import makeApp from "express";
      const app = makeApp();
      app.listen(3000);
    `);
    assert.deepEqual(summary.appConfig?.servers.map((server) => server.framework), ["express"]);
  });
});
