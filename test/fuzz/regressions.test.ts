// Counterexamples the fuzzers found, kept as named tests so each bug stays fixed without depending on a seed.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { fixUntilStable } from "../../rules/lint-project.js";
import { registry } from "../../rules/index.js";
import { isSourceFile } from "../../server/host/source-files.js";
import { loadFixtureConfig } from "../fixture-harness.js";
import { countParseErrors } from "./properties.js";

const fixturesRoot = path.resolve(__dirname, "../../test-fixtures/rules");

function fixOneFile(ruleId: string, relativePath: string, text: string): string {
  const directory = path.join(fixturesRoot, ruleId);
  const filePath = path.join(directory, relativePath);
  const { changed } = fixUntilStable(new Map([[filePath, text]]), loadFixtureConfig(directory, registry), registry, {
    kinds: ["safe", "scaffold"],
    accept: (finding) => finding.ruleId === ruleId,
    readExtraFile: () => undefined,
    isSourceFile,
  });
  return changed.get(filePath) ?? text;
}

describe("fuzz regressions", () => {
  it("missing-timeout: a multi-line options object in a file with lone-CR line endings gets one new line, not a copy of the file", () => {
    const read = (name: string): string => fs.readFileSync(path.join(fixturesRoot, "missing-timeout", name), "utf8").replace(/\n/g, "\r");
    const fixed = fixOneFile("missing-timeout", "db.ts", read("db.ts"));
    assert.equal(countParseErrors("db.ts", fixed), 0);
    assert.equal(fixed, read("db.fixed.ts"));
  });
});
