// CLI tests for adopting Harden on an existing project in CI (--write-baseline/--baseline, --changed-since,
// --format github, the README's workflow and hook) and for the route inventory (harden routes). They spawn the bundled
// dist/cli.js on the fixture workspaces, or on copies made into temporary git repositories (git runs only there).
import * as assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const repoRoot = path.resolve(__dirname, "..");
const cliPath = path.join(repoRoot, "dist/cli.js");
const workspaces = path.join(repoRoot, "test-fixtures/workspaces");

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: readonly string[], cwd: string): CliRun {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `file:line ruleId` of every finding a JSON report holds. */
function reportedKeys(run: CliRun): string[] {
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
  const report = JSON.parse(run.stdout) as { files: Array<{ filePath: string; findings: Array<{ ruleId: string; line: number }> }> };
  return report.files.flatMap((file) => file.findings.map((finding) => `${file.filePath}:${finding.line} ${finding.ruleId}`)).sort();
}

const gitEnv = { ...process.env, GIT_AUTHOR_NAME: "test", GIT_AUTHOR_EMAIL: "test@example.com", GIT_COMMITTER_NAME: "test", GIT_COMMITTER_EMAIL: "test@example.com" };
function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", ...args], { cwd, env: gitEnv, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

const temporaryDirectories: string[] = [];
function workspaceCopy(name: string, asGitRepository: boolean): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `harden-${name}-`));
  temporaryDirectories.push(directory);
  fs.cpSync(path.join(workspaces, name), directory, { recursive: true });
  if (asGitRepository) {
    git(directory, "init", "--quiet");
    commitAll(directory, "initial");
  }
  return directory;
}

function commitAll(directory: string, message: string): void {
  git(directory, "add", "-A");
  git(directory, "commit", "--quiet", "-m", message);
}

function edit(directory: string, file: string, change: (text: string) => string): void {
  const filePath = path.join(directory, file);
  fs.writeFileSync(filePath, change(fs.readFileSync(filePath, "utf8")));
}

/** The webhook route again under another path: a new missing-auth and a new missing-input-validation (both errors). */
const refundsRoute = `
webhooksRouter.post("/refunds", async (req, res) => {
  const input = req.body;
  await db.payments.insert({ reference: input.reference, amountCents: -input.amountCents });
  res.status(204).end();
});
`;

/** Every line of users.ts indented twice as deep, in single quotes, with spaces around what a formatter spaces. */
function reformat(text: string): string {
  return text.replace(/^( +)/gm, "$1$1").replace(/"/g, "'").replace(/\{ method/g, "{method").replace(/;$/gm, " ;");
}

before(function () {
  this.timeout(180_000);
  execFileSync(process.execPath, [path.join(repoRoot, "esbuild.mjs")], { cwd: repoRoot, stdio: "inherit" });
});

after(() => {
  for (const directory of temporaryDirectories) fs.rmSync(directory, { recursive: true, force: true });
});

describe("harden check --write-baseline and --baseline", () => {
  it("records rule, path, SARIF fingerprint and count, no message or source text, and then reports nothing", function () {
    this.timeout(240_000);
    const directory = workspaceCopy("cli-basic", false);
    const written = runCli(["check", ".", "--write-baseline", "harden-baseline.json"], directory);
    assert.equal(written.status, 0, written.stderr);
    assert.equal(written.stdout, "", "writing a baseline prints no report");
    assert.equal(written.stderr, "harden: wrote 6 findings to the baseline harden-baseline.json\n");
    const text = fs.readFileSync(path.join(directory, "harden-baseline.json"), "utf8");
    const baseline = JSON.parse(text);
    assert.deepEqual(Object.keys(baseline), ["version", "fingerprint", "findings"], "no commit outside a git repository");
    for (const entry of baseline.findings) assert.deepEqual(Object.keys(entry), ["ruleId", "path", "fingerprint", "count"]);
    assert.deepEqual(baseline.findings.map((entry: any) => `${entry.path} ${entry.ruleId} ${entry.count}`).sort(), [
      "src/routes/users.ts missing-timeout 1",
      "src/routes/users.ts timestamp-id 1",
      "src/routes/webhooks.ts invalid-suppression 1",
      "src/routes/webhooks.ts invalid-suppression 1",
      "src/routes/webhooks.ts missing-auth 1",
      "src/routes/webhooks.ts missing-input-validation 1",
    ]);
    for (const quoted of ["Date.now", "fetch", "req.body", "looks like a webhook", "harden-ignore"]) assert.ok(!text.includes(quoted), `the baseline holds "${quoted}"`);

    const sarif = JSON.parse(runCli(["check", ".", "--format", "sarif"], directory).stdout);
    const sarifFingerprints = sarif.runs[0].results.map((result: any) => result.partialFingerprints["hardenLineHash/v2"]).sort();
    assert.deepEqual(baseline.findings.map((entry: any) => entry.fingerprint).sort(), sarifFingerprints, "one fingerprint, shared with SARIF");

    const checked = runCli(["check", ".", "--baseline", "harden-baseline.json", "--format", "json"], directory);
    assert.equal(checked.status, 0, "the baselined errors no longer fail the run");
    assert.deepEqual(reportedKeys(checked), []);
    assert.equal(checked.stderr, "harden: baseline harden-baseline.json: 6 known findings not reported\n");
  });

  it("keeps identity through a line move, a git rename and a reformat; reports new findings, counts fixed ones, exits on new ones only", function () {
    this.timeout(300_000);
    const directory = workspaceCopy("cli-basic", true);
    assert.equal(runCli(["check", ".", "--write-baseline", ".harden/baseline.json"], directory).status, 0);
    const baseline = JSON.parse(fs.readFileSync(path.join(directory, ".harden/baseline.json"), "utf8"));
    assert.equal(baseline.commit, git(directory, "rev-parse", "HEAD").trim());
    commitAll(directory, "baseline");

    git(directory, "mv", "src/routes/webhooks.ts", "src/routes/payment-hooks.ts");
    commitAll(directory, "rename");
    edit(directory, "src/app.ts", (text) => text.replace("./routes/webhooks", "./routes/payment-hooks"));
    // Moved down two lines, and the unused suppression (one finding) removed: fixed.
    edit(directory, "src/routes/payment-hooks.ts", (text) => "// Payment provider callbacks.\n\n" + text.replace(/^\/\/ harden-ignore-next-line missing-timeout.*\n/m, ""));
    edit(directory, "src/routes/users.ts", reformat);
    const unchanged = runCli(["check", ".", "--baseline", ".harden/baseline.json", "--format", "json"], directory);
    assert.equal(unchanged.status, 0, unchanged.stderr);
    assert.deepEqual(reportedKeys(unchanged), []);
    assert.equal(unchanged.stderr, "harden: baseline .harden/baseline.json: 5 known findings not reported; 1 finding it holds was fixed since (run --write-baseline to drop it)\n");

    edit(directory, "src/routes/payment-hooks.ts", (text) => text + refundsRoute);
    const withNew = runCli(["check", ".", "--baseline", ".harden/baseline.json", "--format", "json"], directory);
    assert.equal(withNew.status, 1, "new error-level findings fail the run");
    assert.deepEqual(reportedKeys(withNew), ["src/routes/payment-hooks.ts:24 missing-auth", "src/routes/payment-hooks.ts:25 missing-input-validation"]);

    // Both flags: the baseline shrinks to what is still there (under today's paths) and never takes in the new ones.
    const ratchet = runCli(["check", ".", "--baseline", ".harden/baseline.json", "--write-baseline", ".harden/baseline.json", "--format", "json"], directory);
    assert.equal(ratchet.status, 1);
    assert.deepEqual(reportedKeys(ratchet), reportedKeys(withNew));
    const shrunk = JSON.parse(fs.readFileSync(path.join(directory, ".harden/baseline.json"), "utf8"));
    assert.deepEqual(shrunk.findings.map((entry: any) => `${entry.path} ${entry.ruleId}`).sort(), [
      "src/routes/payment-hooks.ts invalid-suppression",
      "src/routes/payment-hooks.ts missing-auth",
      "src/routes/payment-hooks.ts missing-input-validation",
      "src/routes/users.ts missing-timeout",
      "src/routes/users.ts timestamp-id",
    ]);
    assert.equal(shrunk.commit, git(directory, "rev-parse", "HEAD").trim());
  });

  it("outside a git repository a renamed file loses its baseline: its findings are new and the old entries stale", function () {
    this.timeout(240_000);
    const directory = workspaceCopy("cli-basic", false);
    assert.equal(runCli(["check", ".", "--write-baseline", "baseline.json"], directory).status, 0);
    fs.renameSync(path.join(directory, "src/routes/users.ts"), path.join(directory, "src/routes/accounts.ts"));
    edit(directory, "src/app.ts", (text) => text.replace("./routes/users", "./routes/accounts"));
    const run = runCli(["check", ".", "--baseline", "baseline.json", "--format", "json"], directory);
    assert.deepEqual(reportedKeys(run), ["src/routes/accounts.ts:11 timestamp-id", "src/routes/accounts.ts:17 missing-timeout"]);
    assert.match(run.stderr, /: 4 known findings not reported; 2 findings it holds were fixed since/);
  });

  it("rejects an unreadable or mismatched baseline, and bad flag combinations, with one line", function () {
    this.timeout(180_000);
    const directory = workspaceCopy("cli-basic", false);
    fs.writeFileSync(path.join(directory, "broken.json"), "{ not json");
    fs.writeFileSync(path.join(directory, "old.json"), JSON.stringify({ version: 1, fingerprint: "hardenLineHash/v1", findings: [] }));
    fs.writeFileSync(path.join(directory, "bad-count.json"), JSON.stringify({ version: 1, fingerprint: "hardenLineHash/v2", findings: [{ ruleId: "missing-auth", path: "a.ts", fingerprint: "f", count: 0 }] }));
    const cases: Array<[string[], RegExp]> = [
      [["--baseline", "missing.json"], /^harden: missing\.json: cannot read the baseline \(ENOENT\)\n$/],
      [["--baseline", "broken.json"], /^harden: broken\.json: not valid JSON \(.+\)\n$/],
      [["--baseline", "old.json"], /^harden: old\.json: fingerprint is "hardenLineHash\/v1", this Harden uses "hardenLineHash\/v2"; write the baseline again with --write-baseline\n$/],
      [["--baseline", "bad-count.json"], /^harden: bad-count\.json: findings\[0\]\.count must be a whole number of at least 1\n$/],
      [["--write-baseline", "b.json", "--fix"], /^harden: --write-baseline cannot be combined with --fix or --fix-dry-run\n/],
      [["--write-baseline", "b.json", "--format", "json"], /^harden: --write-baseline alone reports nothing; --format and --output need --baseline too\n/],
    ];
    for (const [args, message] of cases) {
      const run = runCli(["check", ".", ...args], directory);
      assert.equal(run.status, 2, args.join(" "));
      assert.match(run.stderr, message);
    }
  });
});

describe("harden check --changed-since", () => {
  it("reports only files changed since the ref (committed, staged, unstaged, untracked), with facts from the whole project", function () {
    this.timeout(240_000);
    const directory = workspaceCopy("cli-basic", true);
    git(directory, "tag", "base");
    const everything = reportedKeys(runCli(["check", ".", "--format", "json"], directory));
    assert.deepEqual(reportedKeys(runCli(["check", ".", "--format", "json", "--changed-since", "base"], directory)), []);

    // Committed: users.ts gets a route; it stays guarded by the session middleware app.ts mounts the router behind.
    edit(directory, "src/routes/users.ts", (text) => text + '\nusersRouter.delete("/:id", async (req, res) => {\n  await db.users.delete(req.params.id);\n  res.status(204).end();\n});\n');
    commitAll(directory, "delete users");
    // Untracked: a new file with an unauthenticated, unvalidated route on an app of its own (a router nothing mounts
    // would serve nothing yet).
    fs.writeFileSync(path.join(directory, "src/routes/admin.ts"), 'import express from "express";\nimport { db } from "../lib/db";\n\nexport const adminApp = express();\n\nadminApp.post("/purge", async (req, res) => {\n  await db.users.purge(req.body.before);\n  res.status(204).end();\n});\n');
    const changed = runCli(["check", ".", "--format", "json", "--changed-since", "base"], directory);
    const keys = reportedKeys(changed);
    assert.deepEqual(keys.filter((key) => key.startsWith("src/routes/users.ts")), everything.filter((key) => key.startsWith("src/routes/users.ts")), "the new route is guarded through app.ts");
    assert.ok(keys.some((key) => key.startsWith("src/routes/admin.ts:6 ")), keys.join("\n"));
    assert.ok(!keys.some((key) => key.startsWith("src/routes/webhooks.ts")), "webhooks.ts did not change");
    assert.equal(JSON.parse(changed.stdout).files.length, 2, "only the changed files are reported");

    // Staged and unstaged edits count too; HEAD as the ref leaves out what was committed.
    edit(directory, "src/routes/webhooks.ts", (text) => text + "\nexport const version = 2;\n");
    git(directory, "add", "src/routes/webhooks.ts");
    edit(directory, "src/lib/tokens.ts", (text) => text + "\n");
    const sinceHead = runCli(["check", ".", "--format", "json", "--changed-since", "HEAD"], directory);
    assert.deepEqual(JSON.parse(sinceHead.stdout).files.map((file: any) => file.filePath).sort(), ["src/lib/tokens.ts", "src/routes/admin.ts", "src/routes/webhooks.ts"]);
    assert.ok(reportedKeys(sinceHead).includes("src/routes/webhooks.ts:6 missing-auth"));
  });

  it("says in one line when the directory is not in a git repository, or the ref is unknown", function () {
    this.timeout(180_000);
    const outside = workspaceCopy("cli-basic", false);
    const notRepository = runCli(["check", ".", "--changed-since", "main"], outside);
    assert.equal(notRepository.status, 2);
    assert.match(notRepository.stderr, /^harden: --changed-since needs a git repository, and \S+ is not in one\n$/);
    const repository = workspaceCopy("cli-basic", true);
    const unknownRef = runCli(["check", ".", "--changed-since", "no-such-branch"], repository);
    assert.equal(unknownRef.status, 2);
    assert.match(unknownRef.stderr, /^harden: --changed-since: unknown git ref "no-such-branch" in \S+\n$/);
  });
});

describe("harden check --format github", () => {
  it("prints one workflow command per finding, by severity, and a summary line", function () {
    this.timeout(180_000);
    const run = runCli(["check", ".", "--format", "github"], path.join(workspaces, "cli-basic"));
    assert.equal(run.status, 1);
    const lines = run.stdout.trimEnd().split("\n");
    assert.equal(lines.at(-1), "harden: 6 problems (2 errors, 4 warnings) in 6 files");
    assert.equal(
      lines.find((line) => line.includes("missing-auth")),
      "::error file=src/routes/webhooks.ts,line=6,col=16,endLine=6,endColumn=32,title=Harden missing-auth::POST /webhooks/payments looks like a webhook but neither authenticates the caller nor verifies the payload's signature.",
    );
    assert.match(lines.find((line) => line.includes("timestamp-id"))!, /^::warning file=src\/routes\/users\.ts,line=11,col=22,endLine=11,endColumn=43,title=Harden timestamp-id::/);
    assert.equal(lines.length, 7);
  });

  it("escapes %, CR and LF in messages, and also : and , in properties, so project text cannot forge a command", function () {
    this.timeout(180_000);
    const directory = workspaceCopy("cli-basic", false);
    const odd = path.join(directory, "src/routes/odd,name:v1.ts");
    fs.writeFileSync(odd, 'import { Router } from "express";\nimport { db } from "../lib/db";\n\nexport const oddRouter = Router();\n\noddRouter.post("/100%\\r\\n::error::forged", async (req, res) => {\n  await db.users.insert(req.body);\n  res.status(204).end();\n});\n');
    const run = runCli(["check", "src/routes/odd,name:v1.ts", "--format", "github"], directory);
    const commands = run.stdout.split("\n").filter((line) => line.startsWith("::"));
    assert.ok(commands.length > 0, run.stdout + run.stderr);
    for (const command of commands) {
      assert.match(command, /^::(error|warning|notice) file=src\/routes\/odd%2Cname%3Av1\.ts,line=\d+,/);
      const message = command.slice(command.indexOf("::", 2) + 2);
      assert.ok(!/[\r\n]/.test(message), "a message stays on its line: a command starts only at the start of one");
    }
    assert.ok(commands.some((command) => command.includes("/100%25%0D%0A::error::forged")), commands.join("\n"));
  });
});

describe("README: adopting Harden in CI", () => {
  const readme = fs.readFileSync(path.join(repoRoot, "README.md"), "utf8");
  const section = /### Adopting Harden in CI\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? "";
  const workflow = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  const hook = /```sh\n(#!\/bin\/sh\n[\s\S]*?)```/.exec(section)?.[1] ?? "";

  /** The arguments of a documented `harden check …` command, `${{ github.base_ref }}` read as `main`. */
  const argumentsOf = (command: string): string[] =>
    command.replace(/^(npx )?harden /, "").replace(/\$\{\{ github\.base_ref \}\}/g, "main").split(/\s+/).filter(Boolean);
  const documentedCommands = (): string[] => [...section.matchAll(/(?:npx )?harden check [^`\n|#]*/g)].map((match) => match[0].trim());

  it("documents a workflow that annotates new findings against the baseline and uploads SARIF to code scanning", () => {
    const runs = [...workflow.matchAll(/^\s+(?:- )?run: (.*)$/gm)].map((match) => match[1]!);
    assert.ok(runs.includes("npx harden check . --baseline .harden/baseline.json --format github"), runs.join("\n"));
    const sarifRun = runs.find((line) => line.includes("--format sarif"));
    const sarifFile = / --output (\S+)/.exec(sarifRun ?? "")?.[1];
    assert.ok(sarifFile, "the SARIF step writes a file");
    assert.match(workflow, /- uses: github\/codeql-action\/upload-sarif@v\d+\n\s+if: always\(\)\n\s+with:\n\s+sarif_file: (\S+)/);
    assert.equal(/sarif_file: (\S+)/.exec(workflow)?.[1], sarifFile, "the upload reads the file the check wrote");
    assert.match(workflow, /security-events: write/);
    assert.match(workflow, /fetch-depth: 0/);
    assert.ok(hook.length > 0, "a pre-commit hook is documented");
  });

  it("every documented command runs with the real CLI on a fixture repository (exit 0 or 1, never a usage error)", function () {
    this.timeout(480_000);
    const directory = workspaceCopy("cli-basic", true);
    git(directory, "update-ref", "refs/remotes/origin/main", "HEAD");
    const commands = documentedCommands();
    // The one that writes the baseline first, so the others read it.
    commands.sort((a, b) => Number(b.includes("--write-baseline") && !b.includes("--baseline ")) - Number(a.includes("--write-baseline") && !a.includes("--baseline ")));
    assert.ok(commands.length >= 5, commands.join("\n"));
    for (const command of commands) {
      const run = runCli(argumentsOf(command), directory);
      assert.ok(run.status === 0 || run.status === 1, `${command}: exit ${run.status}: ${run.stderr}`);
    }
    assert.ok(fs.existsSync(path.join(directory, ".harden/baseline.json")));
    assert.equal(JSON.parse(fs.readFileSync(path.join(directory, "harden.sarif"), "utf8")).version, "2.1.0");
  });

  it("the documented pre-commit hook lets a clean commit through and stops one that adds a finding", function () {
    this.timeout(300_000);
    const directory = workspaceCopy("cli-basic", true);
    assert.equal(runCli(["check", ".", "--write-baseline", ".harden/baseline.json"], directory).status, 0);
    commitAll(directory, "baseline");
    const hookPath = path.join(directory, ".git/hooks/pre-commit");
    fs.writeFileSync(hookPath, hook.replace(/npx harden /g, `"${process.execPath}" "${cliPath}" `), { mode: 0o755 });

    edit(directory, "src/lib/tokens.ts", (text) => text + "\nexport const tokenVersion = 2;\n");
    git(directory, "add", "-A");
    git(directory, "commit", "--quiet", "-m", "clean change");

    edit(directory, "src/routes/webhooks.ts", (text) => text + refundsRoute);
    git(directory, "add", "-A");
    const refused = spawnSync("git", ["-c", "commit.gpgsign=false", "commit", "--quiet", "-m", "new route"], { cwd: directory, env: gitEnv, encoding: "utf8" });
    assert.equal(refused.status, 1, refused.stdout + refused.stderr);
    assert.match(refused.stderr, /missing-auth/, "git shows a hook's output on stderr");
    assert.equal(git(directory, "log", "-1", "--format=%s").trim(), "clean change");
  });
});

describe("harden routes", () => {
  interface RouteJson {
    method: string;
    path: string;
    framework: string;
    file: string;
    line: number;
    guards: Array<{ name: string; kind: string; role: string; appliedIn: string; definedIn?: string }>;
    frameworkValidated: boolean;
    bodyLimits: Array<{ parser: string; option: string; bytes?: number; unlimited: boolean; appliedIn: string }>;
    findings: Array<{ ruleId: string; line: number }>;
  }
  const routesOf = (args: readonly string[], cwd: string): RouteJson[] => {
    const run = runCli(["routes", ...args, "--format", "json"], cwd);
    assert.equal(run.status, 0, run.stderr);
    return (JSON.parse(run.stdout) as { routes: RouteJson[] }).routes;
  };
  const basic = path.join(workspaces, "cli-basic");

  it("lists every route with its full path, place, guards (role, where applied and defined) and the findings on it", function () {
    this.timeout(180_000);
    const routes = routesOf([], basic);
    assert.deepEqual(routes.map((route) => `${route.method} ${route.path} ${route.framework} ${route.file}:${route.line}`), [
      "POST /users express src/routes/users.ts:9",
      "POST /users/:id/avatar express src/routes/users.ts:16",
      "POST /webhooks/payments express src/routes/webhooks.ts:6",
    ]);
    const session = routes[0]!.guards.find((guard) => guard.name === "requireSession");
    assert.deepEqual(session, { name: "requireSession", kind: "middleware", role: "auth", appliedIn: "src/app.ts", definedIn: "src/lib/session.ts" });
    assert.deepEqual(routes[1]!.findings.map((finding) => `${finding.line} ${finding.ruleId}`), ["17 missing-timeout"]);
    assert.deepEqual(routes[2]!.findings.map((finding) => `${finding.line} ${finding.ruleId}`).sort(), ["6 missing-auth", "7 missing-input-validation"]);
    assert.ok(!routes[2]!.guards.some((guard) => guard.role === "auth"));
  });

  it("names rate limiters in their column and a guard a finding says is missing as missing, as a table and as Markdown", function () {
    this.timeout(180_000);
    const pack = path.join(workspaces, "express-pack");
    const login = routesOf(["hardened/auth.ts"], pack).find((route) => route.path === "/auth/login");
    // `configureAuth(app)` registers on the app handed in, after app.ts has put helmet and the JSON parser on it.
    assert.deepEqual(login?.guards.map((guard) => `${guard.name} ${guard.role}`), ["helmet other", "express.json other", "loginLimiter rate-limit"]);
    const table = runCli(["routes", "."], basic);
    const lines = table.stdout.split("\n");
    assert.match(lines[0]!, /^METHOD +PATH +FRAMEWORK +FILE:LINE +AUTH +VALIDATION +RATE LIMIT +BODY LIMIT +OTHER GUARDS +FINDINGS$/);
    assert.match(lines.find((line) => line.startsWith("POST    /users  "))!, /requireSession \(src\/lib\/session\.ts\)/);
    assert.match(lines.find((line) => line.includes("/webhooks/payments"))!, /express +src\/routes\/webhooks\.ts:6 +missing +missing +— +— +helmet, express\.json +missing-auth, missing-input-validation$/);
    assert.equal(lines.at(-2), "3 routes");
    const markdown = runCli(["routes", ".", "--format", "markdown"], basic).stdout.split("\n");
    assert.equal(markdown[1], "|---|---|---|---|---|---|---|---|---|---|");
    assert.equal(markdown.filter((line) => line.startsWith("| POST |")).length, 3);
  });

  it("names the body limit each route's parsers set, and unbounded where a finding says a parser has none", function () {
    this.timeout(180_000);
    const report = path.join(workspaces, "routes-report");
    const limits = routesOf(["src/shop.ts"], report).map((route) => `${route.method} ${route.path} ${JSON.stringify(route.bodyLimits)}`);
    const jsonLimit = { parser: "express.json", option: "limit", bytes: 102_400, unlimited: false, appliedIn: "src/shop.ts" };
    assert.equal(limits.find((line) => line.startsWith("POST /orders ")), `POST /orders ${JSON.stringify([jsonLimit])}`);
    assert.equal(
      limits.find((line) => line.startsWith("POST /uploads ")),
      `POST /uploads ${JSON.stringify([jsonLimit, { parser: "express.raw", option: "limit", unlimited: true, appliedIn: "src/shop.ts" }])}`,
    );
    const table = runCli(["routes", "src/shop.ts"], report).stdout.split("\n");
    assert.match(table.find((line) => line.startsWith("POST    /orders "))!, / 100 KB \(express\.json\) +express\.json +missing-input-validation$/);
    assert.match(table.find((line) => line.startsWith("POST    /uploads "))!, / unbounded +express\.json, express\.raw +/);
    assert.match(runCli(["routes", "src/catalog.ts"], report).stdout, /^PUT +\/products\/:id\/price +fastify +src\/catalog\.ts:13 +missing +missing +— +— +— /m);
  });

  it("lists only the routes under the paths given, still linking mounts from the rest of the project", function () {
    this.timeout(180_000);
    const routes = routesOf(["src/routes/users.ts"], basic);
    assert.deepEqual(routes.map((route) => route.path), ["/users", "/users/:id/avatar"]);
    assert.ok(routes.every((route) => route.guards.some((guard) => guard.name === "requireSession" && guard.appliedIn === "src/app.ts")));
  });

  it("prints the README's example table", function () {
    this.timeout(180_000);
    const readme = fs.readFileSync(path.join(repoRoot, "README.md"), "utf8");
    const example = /In `test-fixtures\/workspaces\/cli-basic`:\n\n```console\n\$ npx harden (routes[^\n]*)\n([\s\S]*?)```/.exec(readme);
    assert.ok(example, "the README shows `npx harden routes` on cli-basic");
    const run = runCli(example[1]!.split(" "), basic);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, example[2]);
  });

  it("rejects an unknown format and options of harden check with one line", function () {
    this.timeout(180_000);
    for (const [args, message] of [
      [["routes", ".", "--format", "sarif"], /^harden: harden routes --format must be one of table, markdown, json, html, not "sarif"\n/],
      [["routes", ".", "--baseline", "b.json"], /^harden: --baseline is an option of "harden check", not of "harden routes"\n/],
    ] as Array<[string[], RegExp]>) {
      const run = runCli(args, basic);
      assert.equal(run.status, 2);
      assert.match(run.stderr, message);
    }
  });
});
