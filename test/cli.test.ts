// CLI tests: spawn the bundled dist/cli.js on the workspaces in test-fixtures/workspaces/, as a user or CI would.
// Workspaces that a test changes (--fix, generated bad input, config variants) are copied to a temp dir first.
import * as assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import AjvDraft04 from "ajv-draft-04";

const repoRoot = path.resolve(__dirname, "..");
const cliPath = path.join(repoRoot, "dist/cli.js");
const workspaces = path.join(repoRoot, "test-fixtures/workspaces");
const sarifSchemaPath = path.join(__dirname, "schemas/sarif-2.1.0.json");

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

interface JsonReport {
  version: string;
  files: Array<{ filePath: string; findings: Array<{ ruleId: string; severity: string; message: string; line: number; column: number; fixable: boolean; suggestionOnly?: string }> }>;
  notices: Array<{ filePath: string; message: string }>;
  summary: { files: number; errors: number; warnings: number; infos: number; fixable: number };
}

function runCli(args: readonly string[], cwd = workspaces, env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function checkJson(target: string, extraArgs: readonly string[] = [], cwd = workspaces): { run: CliRun; report: JsonReport } {
  const run = runCli(["check", target, "--format", "json", ...extraArgs], cwd);
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
  return { run, report: JSON.parse(run.stdout) as JsonReport };
}

/** `file:line ruleId` for every finding, to compare whole reports at once. */
function findingKeys(report: JsonReport, ruleId?: string): string[] {
  return report.files.flatMap((file) =>
    file.findings.filter((f) => !ruleId || f.ruleId === ruleId).map((f) => `${file.filePath}:${f.line} ${f.ruleId}`),
  );
}

function copyWorkspace(name: string): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), `harden-${name}-`));
  fs.cpSync(path.join(workspaces, name), target, { recursive: true });
  return target;
}

function snapshotTree(directory: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files.set(path.relative(directory, full), fs.readFileSync(full, "latin1"));
    }
  }
  return files;
}

function writeConfig(directory: string, config: unknown): void {
  fs.writeFileSync(path.join(directory, "harden.config.json"), typeof config === "string" ? config : JSON.stringify(config, null, 2));
}

const temporaryDirectories: string[] = [];
function temporaryWorkspace(name: string): string {
  const directory = copyWorkspace(name);
  temporaryDirectories.push(directory);
  return directory;
}

before(function () {
  // The build: minutes on a loaded 2-core machine.
  this.timeout(300_000);
  // Always test the current sources, even when mocha runs without `npm test`'s build step.
  execFileSync(process.execPath, [path.join(repoRoot, "esbuild.mjs")], { cwd: repoRoot, stdio: "inherit" });
});

after(() => {
  for (const directory of temporaryDirectories) fs.rmSync(directory, { recursive: true, force: true });
});

describe("harden check: stylish output", function () {
  // Each test spawns the CLI, some twice: seconds apiece on a loaded 2-core machine.
  this.timeout(120_000);
  it("groups findings by file with line:col, severity, message and rule id, then a summary line", () => {
    const run = runCli(["check", "cli-basic"]);
    const lines = run.stdout.split("\n");
    const header = lines.indexOf(path.join("cli-basic", "src", "routes", "webhooks.ts"));
    assert.ok(header >= 0, run.stdout);
    assert.match(lines[header + 1]!, /^ {2}\d+:\d+ +(error|warn|info) +\S.* {2}[a-z-]+$/);
    assert.match(run.stdout, /\n✖ \d+ problems? \(\d+ errors?, \d+ warnings?\) in 6 files · \d+\.\d\ds\n/);
  });

  it("prints no colour when stdout is not a terminal, and colour with --color", () => {
    assert.doesNotMatch(runCli(["check", "cli-basic"]).stdout, /\u001b\[/);
    assert.match(runCli(["check", "cli-basic", "--color"]).stdout, /\u001b\[\d+m/);
  });

  it("says so when there is nothing to report", () => {
    const directory = temporaryWorkspace("cli-secrets");
    writeConfig(directory, { rules: { "hardcoded-secret": "off" } });
    const run = runCli(["check", "."], directory);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^✔ no problems in 1 file · \d+\.\d\ds\n$/);
  });
});

describe("harden check: json output", function () {
  // Each test spawns the CLI, some twice: seconds apiece on a loaded 2-core machine.
  this.timeout(120_000);
  it("lists every analysed file with relative paths, its findings and a summary that adds up", () => {
    const { report } = checkJson("cli-basic");
    assert.equal(report.version, JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")).version);
    assert.deepEqual(
      report.files.map((file) => file.filePath),
      ["src/app.ts", "src/lib/db.ts", "src/lib/session.ts", "src/lib/tokens.ts", "src/routes/users.ts", "src/routes/webhooks.ts"].map((f) => `cli-basic/${f}`),
    );
    const findings = report.files.flatMap((file) => file.findings);
    assert.equal(report.summary.files, 6);
    assert.equal(report.summary.errors, findings.filter((f) => f.severity === "error").length);
    assert.equal(report.summary.warnings, findings.filter((f) => f.severity === "warn").length);
    assert.equal(report.summary.fixable, findings.filter((f) => f.fixable).length);
    const keys = ["ruleId", "severity", "message", "line", "column", "endLine", "endColumn", "fixable"];
    for (const finding of findings) {
      // A fix offered only as a suggestion says why, last (the payments route's schema would check nothing it reads).
      assert.deepEqual(Object.keys(finding), finding.suggestionOnly === undefined ? keys : [...keys, "suggestionOnly"]);
      if (finding.suggestionOnly !== undefined) assert.match(finding.suggestionOnly, /\S/);
    }
    assert.ok(findings.some((finding) => finding.suggestionOnly !== undefined), "the workspace has a finding whose fix is only a suggestion");
  });

  it("reports the gaps in the basic workspace exactly", () => {
    const { report } = checkJson("cli-basic");
    assert.deepEqual(findingKeys(report).sort(), [
      "cli-basic/src/routes/users.ts:11 timestamp-id",
      "cli-basic/src/routes/users.ts:17 missing-timeout",
      "cli-basic/src/routes/webhooks.ts:15 invalid-suppression",
      "cli-basic/src/routes/webhooks.ts:18 invalid-suppression",
      "cli-basic/src/routes/webhooks.ts:6 missing-auth",
      "cli-basic/src/routes/webhooks.ts:7 missing-input-validation",
    ]);
  });
});

describe("harden check: sarif output", function () {
  // Each test spawns the CLI, some twice: seconds apiece on a loaded 2-core machine.
  this.timeout(120_000);
  const sarifOf = (directory: string): any => {
    const run = runCli(["check", ".", "--format", "sarif"], directory);
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    return JSON.parse(run.stdout);
  };

  it("validates against the SARIF 2.1.0 schema", function () {
    // Three CLI runs: over mocha's default on a loaded 2-core machine.
    this.timeout(120_000);
    const ajv = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(sarifSchemaPath, "utf8")));
    for (const name of ["cli-basic", "cli-bad-input", "cli-secrets"]) {
      const log = sarifOf(path.join(workspaces, name));
      assert.ok(validate(log), `${name}: ${ajv.errorsText(validate.errors)}`);
    }
  });

  it("describes every rule and points results at them with relative, 1-based locations", () => {
    const log = sarifOf(path.join(workspaces, "cli-basic"));
    const sarifRun = log.runs[0];
    const rules = sarifRun.tool.driver.rules;
    for (const rule of rules) {
      assert.ok(rule.shortDescription.text.length > 0);
      assert.equal(rule.helpUri, `https://github.com/harden-lint/harden/blob/main/rules/docs/${rule.id}.md`);
      assert.match(rule.defaultConfiguration.level, /^(error|warning|note)$/);
    }
    assert.ok(sarifRun.results.length > 0);
    assert.match(sarifRun.originalUriBaseIds["%SRCROOT%"].uri, /^file:\/\/.*\/cli-basic\/$/);
    for (const result of sarifRun.results) {
      assert.equal(rules[result.ruleIndex].id, result.ruleId);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      assert.equal(artifactLocation.uriBaseId, "%SRCROOT%");
      assert.match(artifactLocation.uri, /^src\//);
      assert.ok(region.startLine >= 1 && region.startColumn >= 1);
    }
    const suppression = sarifRun.results.find((r: any) => r.ruleId === "invalid-suppression");
    assert.deepEqual(suppression.locations[0].physicalLocation.region, { startLine: 15, startColumn: 1, endLine: 15, endColumn: 40 });
  });

  it("keeps partial fingerprints when lines move, and distinguishes repeated lines", () => {
    const directory = temporaryWorkspace("cli-basic");
    const fingerprints = (log: any): Array<[string, number]> =>
      log.runs[0].results.map((r: any) => [r.partialFingerprints["hardenLineHash/v2"], r.locations[0].physicalLocation.region.startLine]);
    const before = fingerprints(sarifOf(directory));
    const webhooks = path.join(directory, "src/routes/webhooks.ts");
    fs.writeFileSync(webhooks, "// moved down by a header comment\n\n" + fs.readFileSync(webhooks, "utf8"));
    const after = fingerprints(sarifOf(directory));
    assert.deepEqual(after.map(([hash]) => hash), before.map(([hash]) => hash));
    assert.notDeepEqual(after.map(([, line]) => line), before.map(([, line]) => line));
    assert.equal(new Set(before.map(([hash]) => hash)).size, before.length, "every result has its own fingerprint");
  });
});

describe("harden check: exit codes", function () {
  // Each test spawns the CLI, some twice: seconds apiece on a loaded 2-core machine.
  this.timeout(120_000);
  const warningsOnly = { rules: { "missing-auth": "off", "missing-input-validation": "off", "missing-timeout": "warn", "timestamp-id": "warn" } };

  it("is 0 with warnings only, 1 with an error-level finding", () => {
    const directory = temporaryWorkspace("cli-basic");
    writeConfig(directory, warningsOnly);
    assert.equal(runCli(["check", "."], directory).status, 0);
    writeConfig(directory, { rules: { "invalid-suppression": "error" } });
    assert.equal(runCli(["check", "."], directory).status, 1);
  });

  it("is 1 when warnings exceed --max-warnings, 0 at the limit", () => {
    const directory = temporaryWorkspace("cli-basic");
    writeConfig(directory, warningsOnly);
    const { report } = checkJson(".", [], directory);
    assert.deepEqual(report.summary, { ...report.summary, errors: 0, warnings: 4 });
    assert.equal(runCli(["check", ".", "--max-warnings", "3"], directory).status, 1);
    assert.equal(runCli(["check", ".", "--max-warnings", "4"], directory).status, 0);
  });

  it("is 2 with a one-line reason for usage mistakes and missing paths", () => {
    for (const args of [["lint"], ["check", "--format", "xml"], ["check", "--max-warnings", "many"], ["check", "--bogus"], ["check", "no-such-dir"]]) {
      const run = runCli(args);
      assert.equal(run.status, 2, args.join(" "));
      assert.match(run.stderr, /^harden: .+\n/, args.join(" "));
      assert.equal(run.stdout, "");
    }
    assert.equal(runCli(["--help"]).status, 0);
  });
});

describe("harden check: --output", function () {
  // Each test spawns the CLI, some twice: seconds apiece on a loaded 2-core machine.
  this.timeout(120_000);
  it("writes the report to the file and nothing to stdout", () => {
    const directory = temporaryWorkspace("cli-basic");
    const run = runCli(["check", ".", "--format", "json", "--output", "reports/harden.json"], directory);
    assert.equal(run.stdout, "");
    const report = JSON.parse(fs.readFileSync(path.join(directory, "reports/harden.json"), "utf8")) as JsonReport;
    assert.equal(report.summary.files, 6);
  });
});

describe("harden check: config errors", function () {
  // Each test spawns the CLI, some twice: seconds apiece on a loaded 2-core machine.
  this.timeout(120_000);
  const cases: Array<{ name: string; config: unknown; reason: RegExp }> = [
    { name: "an unknown rule id", config: { rules: { "missing-authz": "error" } }, reason: /rules\.missing-authz: unknown rule id "missing-authz"/ },
    { name: "a bad severity", config: { rules: { "timestamp-id": "fatal" } }, reason: /rules\.timestamp-id/ },
    { name: "options for a rule that takes none", config: { rules: { "invalid-suppression": ["warn", { strict: true }] } }, reason: /rules\.invalid-suppression\[1\]: this rule takes no options/ },
    { name: "invalid JSON", config: "{ rules: }", reason: /invalid JSON/ },
    { name: "an unknown key", config: { rule: {} }, reason: /unknown key "rule"/ },
    { name: "a wrongly typed setting", config: { ignore: "dist/**" }, reason: /ignore: / },
  ];
  for (const { name, config, reason } of cases) {
    it(`exits 2 naming the file and key for ${name}`, () => {
      const directory = temporaryWorkspace("cli-basic");
      writeConfig(directory, config);
      const run = runCli(["check", "."], directory);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, "");
      assert.match(run.stderr, /^harden: harden\.config\.json: .+\n$/);
      assert.match(run.stderr, reason);
    });
  }

  it("exits 2 listing every problem of the config, one stderr line each with its key path, and no stack trace", () => {
    const directory = temporaryWorkspace("cli-basic");
    writeConfig(directory, { rules: { "missing-authz": "error", "missing-timeout": ["warn", { timeoutMs: 0 }] }, ignore: "dist/**" });
    const run = runCli(["check", "."], directory);
    assert.equal(run.status, 2);
    assert.deepEqual(run.stderr.trimEnd().split("\n").map((line) => /^harden: harden\.config\.json: [^:\s]+/.exec(line)?.[0] ?? line).sort(), [
      "harden: harden.config.json: ignore",
      "harden: harden.config.json: rules.missing-authz",
      "harden: harden.config.json: rules.missing-timeout[1].timeoutMs",
    ]);
  });

  it("uses --config FILE instead of the nearest harden.config.json", () => {
    const directory = temporaryWorkspace("cli-basic");
    writeConfig(directory, { rules: { nonsense: "error" } });
    fs.writeFileSync(path.join(directory, "strict.json"), JSON.stringify({ rules: { "invalid-suppression": "error" } }));
    const run = runCli(["check", ".", "--config", "strict.json", "--format", "json"], directory);
    assert.equal(run.status, 1, run.stderr);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.ok(report.files.flatMap((f) => f.findings).some((f) => f.ruleId === "invalid-suppression" && f.severity === "error"));
  });

  it("honours ignore globs and the skip list, and never follows a symlink loop", () => {
    const directory = temporaryWorkspace("cli-basic");
    writeConfig(directory, { ignore: ["src/generated/**"] });
    for (const skipped of ["src/generated/client.ts", "node_modules/lib/index.js", "dist/app.js", "build/app.js", ".next/server.js", "coverage/lcov.js"]) {
      fs.mkdirSync(path.dirname(path.join(directory, skipped)), { recursive: true });
      fs.writeFileSync(path.join(directory, skipped), "export const id = Date.now().toString();\n");
    }
    fs.writeFileSync(path.join(directory, "src/types.d.ts"), "declare const id: string;\n");
    fs.symlinkSync(path.join(directory, "src"), path.join(directory, "src/lib/loop"));
    const { report } = checkJson(".", [], directory);
    assert.deepEqual(report.files.map((f) => f.filePath).sort(), ["src/app.ts", "src/lib/db.ts", "src/lib/session.ts", "src/lib/tokens.ts", "src/routes/users.ts", "src/routes/webhooks.ts"]);
  });
});

describe("harden check: suppressions", function () {
  // Each test spawns the CLI, some twice: seconds apiece on a loaded 2-core machine.
  this.timeout(120_000);
  it("honours a suppression with a reason and reports reasonless and unused ones", () => {
    const { report } = checkJson("cli-basic");
    const webhooks = report.files.find((file) => file.filePath === "cli-basic/src/routes/webhooks.ts")!;
    assert.deepEqual(
      webhooks.findings.filter((f) => f.ruleId === "invalid-suppression" || f.ruleId === "timestamp-id").map((f) => `${f.line} ${f.ruleId}: ${f.message}`),
      [
        "15 invalid-suppression: This harden-ignore comment gives no reason; add `-- <why this is safe>`.",
        "18 invalid-suppression: This harden-ignore comment suppresses no `missing-timeout` finding; remove it.",
      ],
    );
  });
});

describe("harden check: --fix and --fix-dry-run", () => {
  it("--fix --fix-type safe,scaffold applies safe and scaffold fixes until stable and reports what is left", function () {
    // A fix loop and two reports: over mocha's default on a loaded 2-core machine.
    this.timeout(120_000);
    const directory = temporaryWorkspace("cli-basic");
    const before = snapshotTree(directory);
    const run = runCli(["check", ".", "--fix", "--fix-type", "safe,scaffold", "--format", "json"], directory);
    assert.match(run.stderr, /harden: applied [1-9]\d* fix(es)? to [1-9]\d* files?\n/);
    const after = snapshotTree(directory);
    const changed = [...after.keys()].filter((file) => after.get(file) !== before.get(file)).sort();
    assert.ok(changed.includes(path.join("src", "routes", "users.ts")), changed.join(", "));
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.equal(report.summary.fixable, 0, "nothing fixable is left");
    const again = runCli(["check", ".", "--fix", "--fix-type", "safe,scaffold"], directory);
    assert.match(again.stderr, /harden: applied 0 fixes to 0 files/);
    assert.deepEqual(snapshotTree(directory), after, "a second --fix changes nothing");
  });

  it("--fix alone applies safe fixes only: scaffolds (new guards, schemas, modules) need --fix-type", function () {
    // Four CLI runs on the demo workspace: over mocha's default on a loaded 2-core machine.
    this.timeout(120_000);
    const directory = temporaryWorkspace("demo");
    // By file and rule: a safe fix's import line moves the findings below it.
    const scaffolds = (target: string): string[] =>
      findingKeys(checkJson(".", [], target).report)
        .filter((key) => /missing-auth|missing-input-validation/.test(key))
        .map((key) => key.replace(/:\d+ /, " "));
    const before = scaffolds(directory);
    assert.ok(before.length > 0, "the workspace has findings whose only fix is a scaffold");
    runCli(["check", ".", "--fix"], directory);
    assert.deepEqual(scaffolds(directory), before, "no scaffold was applied");
    const stylish = runCli(["check", "."], directory);
    assert.match(stylish.stdout, /\d+ more with --fix --fix-type safe,scaffold/);
  });

  it("rejects an unknown --fix-type, and --fix-type without --fix, with one line each", () => {
    const unknown = runCli(["check", ".", "--fix", "--fix-type", "safe,layout"]);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^harden: --fix-type takes safe, scaffold \(comma-separated\), not "layout"\n/);
    const alone = runCli(["check", ".", "--fix-type", "safe"]);
    assert.equal(alone.status, 2);
    assert.match(alone.stderr, /^harden: --fix-type needs --fix or --fix-dry-run\n/);
  });

  it("--fix-dry-run prints a unified diff of exactly what --fix writes, and writes nothing", function () {
    // Two fix loops: over mocha's default on a loaded 2-core machine.
    this.timeout(120_000);
    const dryRunDirectory = temporaryWorkspace("cli-basic");
    const untouched = snapshotTree(dryRunDirectory);
    const dryRun = runCli(["check", ".", "--fix-dry-run", "--fix-type", "safe,scaffold"], dryRunDirectory);
    assert.deepEqual(snapshotTree(dryRunDirectory), untouched, "the dry run wrote nothing");
    assert.match(dryRun.stdout, /^diff --git a\/\S+ b\/\S+\n--- (a\/\S+|\/dev\/null)\n\+\+\+ b\/\S+\n@@ /);

    const fixDirectory = temporaryWorkspace("cli-basic");
    runCli(["check", ".", "--fix", "--fix-type", "safe,scaffold"], fixDirectory);
    const fixed = snapshotTree(fixDirectory);
    const written = [...fixed.keys()].filter((file) => fixed.get(file) !== untouched.get(file)).map((f) => f.split(path.sep).join("/")).sort();
    const diffed = [...dryRun.stdout.matchAll(/^diff --git a\/(\S+) /gm)].map((m) => m[1]!).sort();
    assert.deepEqual(diffed, written);
  });
});

describe("harden check: bad input", function () {
  // Each test spawns the CLI, some twice: seconds apiece on a loaded 2-core machine.
  this.timeout(120_000);
  it("skips binary, non-UTF-8, minified, huge and too deeply nested files with a notice and reports the rest", () => {
    const directory = temporaryWorkspace("cli-bad-input");
    fs.writeFileSync(path.join(directory, "src/huge.ts"), "export const x = 1;\n".repeat(120_000));
    fs.writeFileSync(path.join(directory, "src/deep.ts"), "export const deep =\n" + "(\n".repeat(10_000) + "1\n" + ")\n".repeat(10_000) + ";\n");
    const run = runCli(["check", ".", "--format", "json"], directory);
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const report = JSON.parse(run.stdout) as JsonReport;
    const notices = report.notices.map((n) => `${n.filePath}: ${n.message}`).sort();
    assert.deepEqual(notices, [
      "src/broken.ts: syntax error at 2:27 (')' expected.); analysed as far as it parses",
      "src/deep.ts: skipped: too deeply nested to analyse",
      "src/huge.ts: skipped: larger than 2 MB",
      "src/latin1.ts: skipped: not valid UTF-8",
      "src/logo.ts: skipped: binary file",
      "src/vendor.min.js: skipped: looks minified",
    ]);
    assert.deepEqual(run.stderr.trim().split("\n").sort(), notices, "each notice is one line on stderr");
    assert.deepEqual(report.files.map((f) => f.filePath), ["src/broken.ts", "src/jobs.ts"]);
    assert.deepEqual(findingKeys(report), ["src/broken.ts:3 timestamp-id", "src/jobs.ts:2 timestamp-id", "src/jobs.ts:5 timestamp-id"]);
  });

  it("reports an empty project as clean with a notice", () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "harden-empty-"));
    temporaryDirectories.push(directory);
    fs.writeFileSync(path.join(directory, "package.json"), "{}\n");
    const run = runCli(["check", "."], directory);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^✔ no problems in 0 files/);
    assert.equal(run.stderr, ".: no files to check\n");
  });
});

describe("harden check: planted secrets", () => {
  const billing = fs.readFileSync(path.join(workspaces, "cli-secrets/src/billing.ts"), "utf8");
  const secrets = [/"(sk_live_\w+)"/, /"(AKIA\w+)"/].map((pattern) => pattern.exec(billing)![1]!);

  it("reports them", () => {
    const { report } = checkJson("cli-secrets");
    assert.deepEqual(findingKeys(report, "hardcoded-secret"), ["cli-secrets/src/billing.ts:4 hardcoded-secret", "cli-secrets/src/billing.ts:7 hardcoded-secret"]);
  });

  it("never prints a value in any format, the dry-run diff, the baseline, or what --fix writes", function () {
    // Eight CLI runs: over mocha's default on a loaded 2-core machine.
    this.timeout(240_000);
    const directory = temporaryWorkspace("cli-secrets");
    const outputs = [
      runCli(["check", "."], directory),
      runCli(["check", ".", "--format", "json"], directory),
      runCli(["check", ".", "--format", "sarif"], directory),
      runCli(["check", ".", "--fix-dry-run", "--fix-type", "safe,scaffold"], directory),
      runCli(["check", ".", "--format", "github"], directory),
      // The baseline is written inside the workspace, so the scan of what is written below covers it.
      runCli(["check", ".", "--write-baseline", "harden-baseline.json"], directory),
    ];
    // The workspace's .env.example gives both variables a value: --fix moves the keys there and adds no empty line.
    assert.match(outputs[3]!.stdout, /^\+export const stripe = new Stripe\(process\.env\.STRIPE_SECRET_KEY \|\| /m, "the dry run shows the read it writes");
    assert.doesNotMatch(outputs[3]!.stdout, /^\+STRIPE_SECRET_KEY=$/m, "the template already sets the variable");
    const fixRun = runCli(["check", ".", "--fix", "--fix-type", "safe,scaffold"], directory);
    const written = snapshotTree(directory);
    for (const secret of secrets) {
      for (const output of [...outputs, fixRun]) {
        assert.ok(!output.stdout.includes(secret) && !output.stderr.includes(secret), `output holds ${secret.slice(0, 4)}…`);
      }
      for (const [file, text] of written) assert.ok(!text.includes(secret), `${file} still holds ${secret.slice(0, 4)}… after --fix`);
    }
  });

  it("only offers the move to a variable nothing sets: no .env.example names it and no code reads it", function () {
    this.timeout(120_000);
    const directory = temporaryWorkspace("cli-secrets");
    fs.rmSync(path.join(directory, ".env.example"));
    const { report } = checkJson(directory);
    const stripe = report.files.flatMap((file) => file.findings).find((finding) => finding.ruleId === "hardcoded-secret" && finding.line === 4);
    assert.equal(stripe?.suggestionOnly, "nothing in the package reads STRIPE_SECRET_KEY and no .env.example sets it: every deployment would have to add it first");
    const fixRun = runCli(["check", ".", "--fix", "--fix-type", "safe,scaffold"], directory);
    assert.equal(fixRun.status, 1, fixRun.stderr);
    assert.equal(fs.readFileSync(path.join(directory, "src/billing.ts"), "utf8"), billing, "--fix leaves the key where it is");
  });
});
