// missing-auth fixes that must not be offered, or must not be what a naive reuse would write: the negatives the
// `.fixed` snapshots cannot show (a snapshot pins an edit; these pin its absence, and where created guards go).
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { lintSources, type LintResult } from "../rules/engine/lint.js";
import type { Finding } from "../rules/engine/types.js";
import { registry } from "../rules/index.js";
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
