// missing-auth fixes that must not be offered, or must not be what a naive reuse would write: the negatives the
// `.fixed` snapshots cannot show (a snapshot pins an edit; these pin its absence, and where created guards go).
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseSource } from "../rules/engine/analyze.js";
import { lintSources, type LintResult } from "../rules/lint-project.js";
import type { Finding } from "../rules/engine/types.js";
import { registry } from "../rules/index.js";
import { summarizeFile } from "../rules/model/summarize.js";
import { listSourceFiles, loadFixtureConfig } from "./fixture-harness.js";

const directory = path.resolve(__dirname, "../test-fixtures/rules/missing-auth");

describe("missing-auth fixes", function () {
  this.timeout(60_000);
  let result: LintResult;
  before(() => {
    const sources = listSourceFiles(directory).map((filePath) => ({ filePath, text: fs.readFileSync(filePath, "utf8") }));
    result = lintSources(sources, loadFixtureConfig(directory, registry), registry);
  });

  const findingIn = (relative: string, method = ""): Finding => {
    const found = result.files
      .find((file) => file.filePath === path.join(directory, relative))
      ?.findings.find((finding) => finding.ruleId === "missing-auth" && finding.message.startsWith(method));
    assert.ok(found, `no missing-auth finding in ${relative}`);
    return found;
  };
  const editedText = (finding: Finding): string => finding.fixes.flatMap((fix) => fix.edits.map((edit) => edit.newText)).join("\n");
  const createdFiles = (finding: Finding): string[] => finding.fixes.flatMap((fix) => fix.files.map((write) => path.relative(directory, write.filePath)));

  it("offers no fix for a cron route when the only guard near it is an administrator's", () => {
    assert.deepEqual(findingIn("services/jobs-web/app/api/cron/digest/route.ts").fixes, []);
  });

  it("offers no second guard around a project guard that its config switches off", () => {
    assert.deepEqual(findingIn("services/polls-web/app/api/polls/route.ts", "DELETE").fixes, []);
  });

  it("never reuses a webhook's signature check on a route users call", () => {
    const finding = findingIn("services/chat-events/src/app.ts", "POST /commands");
    assert.doesNotMatch(editedText(finding), /verifyChatSignature/);
    assert.match(editedText(finding), /requireAuth/);
  });

  it("creates the guard in the route's own package, beside its package.json", () => {
    const finding = findingIn("backends/ledger-api/src/routes/entries.ts");
    assert.deepEqual(createdFiles(finding).sort(), ["backends/ledger-api/src/lib/access-token.ts", "backends/ledger-api/src/lib/auth.ts"]);
  });

  it("offers a created guard as a suggestion only, never applied by --fix: nothing in the project issues its token", () => {
    const fixes = findingIn("backends/ledger-api/src/routes/entries.ts").fixes;
    assert.deepEqual(fixes.map((fix) => [fix.kind, fix.suggestionReason]), [["suggestion", "no sibling guard to reuse"]]);
  });

  it("offers a sibling's guard as a suggestion only, also on a route that deviates from its guarded siblings", () => {
    const reason = "whether the route is public by design is the project's call";
    for (const [file, method, guard] of [["services/billing/src/routes/refunds.ts", "POST", /mustHaveSession/], ["services/catalog/server.ts", "DELETE", /fastify\.authenticate/]] as const) {
      const finding = findingIn(file, method);
      assert.deepEqual(finding.fixes.map((fix) => [fix.kind, fix.suggestionReason]), [["suggestion", reason]], file);
      assert.match(editedText(finding), guard, file);
    }
  });

  it("writes no TypeScript guard into a JavaScript package, CommonJS or ES modules", () => {
    assert.deepEqual(findingIn("backends/pantry-cjs/server/index.js").fixes, []);
    assert.deepEqual(findingIn("backends/recipes-esm/server/index.js").fixes, []);
  });

  it("creates lib/auth-guard.ts, never a lib/auth.ts that would shadow the project's lib/auth/ folder", () => {
    const finding = findingIn("services/shop-web/app/api/wishlist/route.ts");
    assert.deepEqual(createdFiles(finding).sort(), ["services/shop-web/lib/access-token.ts", "services/shop-web/lib/auth-guard.ts"]);
  });

  it("reuses neither the staff gate nor the cron gate on a customer route, and the customer gate only where its handler fits", () => {
    const text = editedText(findingIn("services/shop-web/app/api/wishlist/route.ts"));
    assert.doesNotMatch(text, /withStaffOnly|withCronSecret|withCustomer/);
    assert.match(editedText(findingIn("services/shop-web/app/api/staff/discounts/route.ts")), /withStaffOnly/);
    assert.match(editedText(findingIn("services/shop-web/app/api/cron/reindex/route.ts")), /withCronSecret/);
  });
});

describe("guard shapes in the model", () => {
  const shapesOf = (text: string) => summarizeFile("/p/guards.ts", parseSource("/p/guards.ts", text)).guardShapes ?? [];

  it("reads whom a guard admits from what it compares, whatever it is called", () => {
    const shapes = shapesOf(`
      export function gateA(req, res, next) { if (!req.session) return res.status(401).end(); next(); }
      export function gateB(req, res, next) { if (req.session?.role !== "admin") return res.status(403).end(); next(); }
      export function gateC(req, res, next) { if (req.headers.authorization !== "Bearer " + process.env.CRON_SECRET) return res.status(401).end(); next(); }
      export function gateD(req, res, next) { if (!verify(req.get("x-hub-signature"))) return res.status(401).end(); next(); }
    `);
    assert.deepEqual(
      shapes.map((shape) => [shape.name, shape.scope]),
      [["gateA", undefined], ["gateB", "admin"], ["gateC", "machine"], ["gateD", "machine"]],
    );
  });

  it("reads how a wrapper calls the handler it wraps", () => {
    const shapes = shapesOf(`
      export const passesOn = (handler) => async (req, ctx) => { if (!req.headers.get("authorization")) return new Response(null, { status: 401 }); return handler(req, ctx); };
      export const buildsObject = (handler) => async (req) => { const session = await getSession(); if (!session) return new Response(null, { status: 401 }); return handler({ req, session }); };
      export function needsOptions(handler, options) { return async (req) => { if (!req.headers.get("authorization")) return new Response(null, { status: 401 }); return handler(req); }; }
      export const made = createGuard((req) => { if (!req.session) throw new Error("Unauthorized"); });
    `);
    const byName = new Map(shapes.map((shape) => [shape.name, shape]));
    assert.deepEqual(byName.get("passesOn"), { name: "passesOn", requiredParameters: 1, returnsFunction: true, returnedParameters: 2, handlerCall: "forwards", forwardedArguments: 2 });
    assert.equal(byName.get("buildsObject")?.handlerCall, "object");
    assert.equal(byName.get("needsOptions")?.requiredParameters, 2);
    assert.deepEqual(byName.get("made"), { name: "made", returnsFunction: false });
  });
});
