// Rule fixtures: every file under test-fixtures/rules/<rule-id>/ is checked against its annotations, every
// `<case>.fixed.<ext>` snapshot against the result of that rule's fixes, and the folder's `findings.snap` against
// each finding's range, message id, message and every fix applied alone (HARDEN_UPDATE_SNAPSHOTS=1 rewrites both).
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseSource } from "../rules/engine/analyze.js";
import { fixUntilStable, type LintResult, lintSources } from "../rules/lint-project.js";
import { registry } from "../rules/index.js";
import {
  assertSnapshot,
  findingsSnapshot,
  findingsSnapshotPath,
  fixedSnapshotPath,
  listSourceFiles,
  loadFixtureConfig,
  readExpectations,
  secretPiecesOf,
  sourceFilePattern,
} from "./fixture-harness.js";

const fixturesRoot = path.resolve(__dirname, "../test-fixtures/rules");
const ruleIds = fs.existsSync(fixturesRoot) ? fs.readdirSync(fixturesRoot).sort() : [];

for (const ruleId of ruleIds) {
  describe(`rule ${ruleId}`, () => {
    const directory = path.join(fixturesRoot, ruleId);
    const files = listSourceFiles(directory);
    const config = loadFixtureConfig(directory, registry);
    const sources = files.map((filePath) => ({ filePath, text: fs.readFileSync(filePath, "utf8") }));
    let result: LintResult | undefined;
    const lint = (): LintResult => (result ??= lintSources(sources, config, registry));

    it(`${path.basename(findingsSnapshotPath(directory))} pins each finding's range, message and fixes`, function () {
      // Builds and type-checks every fix of the folder: missing-auth's took over 4 minutes at load 21 on 2 cores.
      this.timeout(600_000);
      const snapshotPath = findingsSnapshotPath(directory);
      const project = { directory, sources, config, registry, result: lint() };
      const actual = findingsSnapshot(ruleId, project);
      // Named by their previews only: the pieces themselves would leak through the failure message.
      const leaked = new Set(secretPiecesOf(project).filter(({ piece }) => actual.includes(piece)).map(({ preview }) => preview));
      assert.deepEqual([...leaked], [], "the snapshot would hold part of these credentials");
      if (process.env.HARDEN_UPDATE_SNAPSHOTS === "1") fs.writeFileSync(snapshotPath, actual);
      assertSnapshot(snapshotPath, actual);
    });

    for (const { filePath, text } of sources) {
      const relative = path.relative(directory, filePath);
      it(`${relative} matches its annotations`, () => {
        const analysis = lint().files.find((file) => file.filePath === filePath);
        assert.ok(analysis, `${relative} was not analysed: ${JSON.stringify(lint().notices)}`);
        const expectations = readExpectations(filePath, text).filter((e) => e.ruleId === ruleId);
        const actual = analysis.findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.location.line}: ${f.ruleId}`);
        const expected = expectations.filter((e) => e.kind === "expect").map((e) => `${e.line}: ${e.ruleId}`);
        assert.deepEqual([...new Set(actual)].sort(), [...new Set(expected)].sort(), `findings in ${relative}: ${listFindings(analysis.findings, ruleId)}`);
        for (const pinned of expectations.filter((e) => e.kind === "expect" && (e.column !== undefined || e.messageId !== undefined))) {
          const onLine = analysis.findings.filter((f) => f.ruleId === ruleId && f.location.line === pinned.line);
          assert.ok(
            onLine.some((f) => (pinned.column === undefined || f.location.column === pinned.column) && (pinned.messageId === undefined || f.messageId === pinned.messageId)),
            `line ${pinned.line} expects ${ruleId}${pinned.column === undefined ? "" : `@${pinned.column}`} ${pinned.messageId ?? ""}; found ${onLine.map((f) => `@${f.location.column} ${f.messageId}`).join(", ")}`,
          );
        }
        for (const gap of expectations.filter((e) => e.kind === "todo-expect")) {
          assert.ok(!actual.includes(`${gap.line}: ${gap.ruleId}`), `todo-expect on line ${gap.line} now passes: promote it to expect`);
        }
      });

      const snapshotPath = fixedSnapshotPath(filePath);
      if (!fs.existsSync(snapshotPath)) continue;
      it(`${relative} fixes to ${path.basename(snapshotPath)}`, function () {
        // Fixes until stable, type-checking each round: tens of seconds on a loaded 2-core machine.
        this.timeout(120_000);
        const { changed, final } = fixUntilStable(new Map(sources.map((s) => [s.filePath, s.text])), config, registry, {
          kinds: ["safe", "scaffold"],
          accept: (finding) => finding.ruleId === ruleId && finding.filePath === filePath,
          readExtraFile: () => undefined,
          isSourceFile: (candidate) => sourceFilePattern.test(candidate),
        });
        const fixed = changed.get(filePath) ?? text;
        if (process.env.HARDEN_UPDATE_SNAPSHOTS === "1") fs.writeFileSync(snapshotPath, fixed);
        assertSnapshot(snapshotPath, fixed);
        const reparsed = parseSource(filePath, fixed) as unknown as { parseDiagnostics: unknown[] };
        assert.equal(reparsed.parseDiagnostics.length, 0, "the fixed file must parse");
        // A finding whose fix depends on intent (offered as a suggestion only) stays: --fix never applies that fix.
        const remaining = final.files.find((f) => f.filePath === filePath)?.findings.filter((f) => f.ruleId === ruleId && !f.fixes.some((fix) => fix.suggestionReason)) ?? [];
        assert.deepEqual(remaining.map((f) => f.location.line), [], "the fixed file must have no finding of this rule but those whose fix is a suggestion only");
      });
    }
  });
}

function listFindings(findings: Array<{ ruleId: string; location: { line: number }; message: string }>, ruleId: string): string {
  return findings.filter((f) => f.ruleId === ruleId).map((f) => `\n  ${f.location.line}: ${f.message}`).join("") || "none";
}
