// One thread's share of linting keeps only the syntax trees its memory budget holds between summarising and analysing and parses the rest
// again: whichever it keeps, the findings and notices equal a single-pass `lintSources` of the same files.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { resolveConfig } from "../rules/engine/config.js";
import { lintSources, type SourceText } from "../rules/lint-project.js";
import { registry } from "../rules/index.js";
import { LintSession } from "../server/host/lint-session.js";

const workspaces = path.resolve(__dirname, "../test-fixtures/workspaces");

function sourcesIn(directory: string): SourceText[] {
  return fs
    .readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|js)$/.test(entry.name) && !entry.name.endsWith(".d.ts"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
    .map((filePath) => ({ filePath, text: fs.readFileSync(filePath, "utf8") }));
}

describe("lint session", () => {
  for (const workspace of ["demo", "express-pack"]) {
    const root = path.join(workspaces, workspace);
    const sources = sourcesIn(root);
    const config = resolveConfig({}, registry, root, "(defaults)");
    const expected = lintSources(sources, config, registry);

    for (const treeBudgetBytes of [0, 100_000, Infinity]) {
      it(`${workspace}: a tree budget of ${treeBudgetBytes} bytes gives the single-pass findings`, () => {
        const session = new LintSession(config, treeBudgetBytes);
        const summarized = session.summarize(sources, true);
        const summaries = summarized.flatMap((result) => (result.summary ? [result.summary] : []));
        const analysed = session.analyze(summaries, sources.map((source) => source.filePath), [], [], () => {});
        const files = analysed.flatMap((result) => ("skipped" in result.analysis ? [] : [result.analysis]));
        assert.ok(expected.files.some((file) => file.findings.length > 0), "the workspace has findings to compare");
        assert.deepEqual(files, expected.files);
      });
    }
  }

  it("answers code roles from the known ones it is given, and reports each analysed file's role for the cache", () => {
    const root = path.join(workspaces, "demo");
    const sources = sourcesIn(root);
    const config = resolveConfig({}, registry, root, "(defaults)");
    const withFindings = lintSources(sources, config, registry).files.find((file) => file.findings.some((finding) => finding.ruleId !== "hardcoded-secret"))!;
    assert.ok(withFindings, "a server file with findings of server rules");
    const analyse = (known: Array<[string, "server" | "test"]>) => {
      const session = new LintSession(config, Infinity);
      const summaries = session.summarize(sources, true).flatMap((result) => (result.summary ? [result.summary] : []));
      return session.analyze(summaries, [withFindings.filePath], [], known, () => {})[0]!;
    };
    const computed = analyse([]);
    assert.equal(computed.codeRole, "server");
    // Told (by a cache) that the file is test code, the session skips the server rules there, as it would for a test.
    const told = analyse([[withFindings.filePath, "test"]]);
    assert.equal(told.codeRole, "test");
    assert.ok(!("skipped" in told.analysis));
    assert.ok(told.analysis.findings.length < withFindings.findings.length, "server rules did not run on a file known to be test code");
  });
});
