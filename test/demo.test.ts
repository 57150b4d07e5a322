// The promises of the bundled workspaces, end to end through the bundled CLI: on the demo backend (core rules)
// and the express-pack app (the hardening pack) Harden reports exactly the annotated gaps and nothing on the
// hardened twins, and on the demo `--fix` leaves a project that type-checks and no longer trips the rules it fixed.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { listSourceFiles, readExpectations } from "./fixture-harness.js";

const repoRoot = path.resolve(__dirname, "..");
const cli = path.join(repoRoot, "dist/cli.js");
const demo = path.join(repoRoot, "test-fixtures/workspaces/demo");
const expressPack = path.join(repoRoot, "test-fixtures/workspaces/express-pack");
const tsc = path.join(repoRoot, "node_modules/.bin/tsc");

interface JsonReport {
  files: Array<{ filePath: string; findings: Array<{ ruleId: string; line: number; fixable: boolean }> }>;
  notices: unknown[];
}

function check(directory: string, ...flags: string[]): { status: number | null; report: JsonReport } {
  const run = spawnSync(process.execPath, [cli, "check", directory, "--format", "json", ...flags], { encoding: "utf8", cwd: directory });
  assert.equal(run.stderr.includes("    at "), false, `a stack trace reached stderr:\n${run.stderr}`);
  return { status: run.status, report: JSON.parse(run.stdout) as JsonReport };
}

function findingKeys(report: JsonReport): string[] {
  return report.files.flatMap((file) => file.findings.map((f) => `${file.filePath}:${f.line} ${f.ruleId}`)).sort();
}

function fixableKeys(report: JsonReport): string[] {
  return findingKeys({ ...report, files: report.files.map((file) => ({ ...file, findings: file.findings.filter((f) => f.fixable) })) });
}

function annotatedKeys(workspace: string): string[] {
  return listSourceFiles(workspace)
    .flatMap((filePath) => readExpectations(filePath, fs.readFileSync(filePath, "utf8")).filter((e) => e.kind === "expect"))
    .map((e) => `${path.relative(workspace, e.filePath).split(path.sep).join("/")}:${e.line} ${e.ruleId}`)
    .sort();
}

describe("express-pack workspace", function () {
  this.timeout(60_000);

  it("reports each hardening gap exactly where annotated and nothing on the hardened twin", () => {
    const { report } = check(expressPack);
    assert.deepEqual(findingKeys(report), annotatedKeys(expressPack));
    assert.deepEqual(report.notices, []);
    const packRules = new Set(annotatedKeys(expressPack).map((key) => key.split(" ")[1]));
    assert.ok(packRules.size >= 14, `the workspace shows ${packRules.size} rules`);
    assert.ok(findingKeys(report).every((key) => key.startsWith("vulnerable/")), "the hardened twin is clean");
  });
});

describe("demo workspace", function () {
  this.timeout(120_000);

  it("reports exactly the annotated gaps and nothing on the hardened twins", () => {
    const { status, report } = check(demo);
    assert.deepEqual(findingKeys(report), annotatedKeys(demo));
    assert.deepEqual(report.notices, []);
    assert.equal(status, 1, "error-level findings exit 1");
    const rulesFound = new Set(report.files.flatMap((file) => file.findings.map((f) => f.ruleId)));
    for (const ruleId of ["missing-input-validation", "missing-auth", "missing-timeout", "timestamp-id", "hardcoded-secret"]) {
      assert.ok(rulesFound.has(ruleId), `the demo shows ${ruleId}`);
    }
  });

  it("type-checks before and after --fix, and --fix clears every fixable finding", () => {
    const before = spawnSync(tsc, ["--noEmit", "-p", demo], { encoding: "utf8" });
    assert.equal(before.status, 0, before.stdout);

    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "harden-demo-"));
    fs.cpSync(demo, copy, { recursive: true });
    // The copy resolves zod and @types/node from this repository, as the original does from its ancestors.
    fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(copy, "node_modules"), "dir");
    try {
      assert.ok(fixableKeys(check(copy).report).length >= 3, "the demo has findings --fix fixes");
      check(copy, "--fix", "--fix-type", "safe,scaffold");
      assert.deepEqual(fixableKeys(check(copy).report), []);
      const secondRun = spawnSync(process.execPath, [cli, "check", copy, "--fix-dry-run", "--fix-type", "safe,scaffold"], { encoding: "utf8", cwd: copy });
      assert.doesNotMatch(secondRun.stdout, /^[+-][^+-]/m, "a second --fix has nothing left to change");
      const typecheck = spawnSync(tsc, ["--noEmit", "-p", copy], { encoding: "utf8", cwd: copy });
      assert.equal(typecheck.status, 0, typecheck.stdout);
      const envExample = fs.readFileSync(path.join(copy, ".env.example"), "utf8");
      // The template gives STRIPE_SECRET_KEY a value, so the key moves there and no second, empty line overrides it.
      assert.equal(envExample.match(/^STRIPE_SECRET_KEY=/gm)?.length, 1);
      assert.doesNotMatch(envExample, /sk_live/);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
