// The README's rule table must match the rules' meta; `npm run readme` regenerates it.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { registry } from "../rules/index.js";
import { withRuleTable } from "../scripts/readme-rule-table.js";

describe("README", () => {
  it("has the current rule table (run `npm run readme` to regenerate it)", () => {
    const readme = fs.readFileSync(path.resolve(__dirname, "../README.md"), "utf8");
    assert.equal(readme, withRuleTable(readme, registry));
  });

  it("quick start is exactly the two documented commands", () => {
    const readme = fs.readFileSync(path.resolve(__dirname, "../README.md"), "utf8");
    const quickStart = /## Quick start\n[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme);
    assert.deepEqual(quickStart?.[1]?.trim().split("\n"), ["npm ci && npx harden check test-fixtures/workspaces/demo", "npm test"]);
  });
});
