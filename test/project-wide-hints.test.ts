// The host reads only what `harden check <package>` reaches, plus every file whose text may hold a project-wide fact:
// that pre-test must never miss a file the extractors take such a fact from, or a package check would lose findings.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseSource } from "../rules/engine/analyze.js";
import { holdsProjectWideFact, mayHoldProjectWideFact } from "../rules/model/project-wide-hints.js";
import { summarizeFile } from "../rules/model/summarize.js";

const fixtures = path.resolve(__dirname, "../test-fixtures");
const sourceFile = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

function sourceFilesUnder(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFilesUnder(full);
    return entry.isFile() && sourceFile.test(entry.name) && !/\.(d|fixed)\.[mc]?[jt]sx?$/.test(entry.name) ? [full] : [];
  });
}

describe("project-wide fact hints", function () {
  this.timeout(120_000);

  it("admit every fixture file the extractors take a project-wide fact from", () => {
    let holders = 0;
    const missed: string[] = [];
    for (const filePath of sourceFilesUnder(fixtures)) {
      const text = fs.readFileSync(filePath, "utf8");
      const summary = summarizeFile(filePath, parseSource(filePath, text));
      if (!holdsProjectWideFact(summary)) continue;
      holders++;
      if (!mayHoldProjectWideFact(filePath, text)) missed.push(path.relative(fixtures, filePath));
    }
    assert.deepEqual(missed, []);
    // The fixtures hold app-wide pipes, guards, limiters, timeouts, autoloads and middleware: a check over none proves nothing.
    assert.ok(holders >= 10, `only ${holders} fixture files hold a project-wide fact`);
  });

  it("turn away a file with none of their text", () => {
    assert.equal(mayHoldProjectWideFact("src/routes/users.ts", `router.get("/users", list);`), false);
    assert.equal(mayHoldProjectWideFact("src/middleware.ts", ""), true);
    assert.equal(mayHoldProjectWideFact("apps/api/src/main.ts", "const app = await NestFactory.create(AppModule);"), true);
  });
});
