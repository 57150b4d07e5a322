// Secrets and trust: planted credentials never leave through config errors, any CLI output (stylish, JSON, SARIF,
// stderr, the dry-run diff), the cache files or the language server (diagnostics, code-action titles and edits, the
// log at trace: verbose), in any escape form; and nothing in the analysed workspace is executed or read from outside
// it. test/cli.test.ts covers what --fix writes.
import * as assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { CodeAction, Diagnostic } from "vscode-languageserver-protocol/node";
import { LspTestClient, serverPath } from "./lsp/lsp-client";

const repoRoot = path.resolve(__dirname, "..");
const cliPath = path.join(repoRoot, "dist/cli.js");
const secretsWorkspace = path.join(repoRoot, "test-fixtures/workspaces/cli-secrets");
const plantedSecrets = ["sk_live_Q7vR2mXw9KpL4tZc8NbH3yDf", "AKIAQ4WZ7RM2XK9PLV3T"];

const temporaryDirectories: string[] = [];
function temporaryDirectory(prefix: string): string {
  const directory = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  temporaryDirectories.push(directory);
  return directory;
}

/** Neither a value nor any 8 characters of it (a redacted preview keeps at most the first 4). */
function assertNoSecret(text: string, where: string): void {
  for (const secret of plantedSecrets) {
    for (let start = 0; start + 8 <= secret.length; start++) {
      assert.ok(!text.includes(secret.slice(start, start + 8)), `${where} holds part of ${secret.slice(0, 4)}…: ${secret.slice(start, start + 8).slice(0, 4)}…`);
    }
  }
}

before(function () {
  // The build: minutes on a loaded 2-core machine.
  this.timeout(300_000);
  execFileSync(process.execPath, [path.join(repoRoot, "esbuild.mjs")], { cwd: repoRoot, stdio: "inherit" });
});

after(() => {
  for (const directory of temporaryDirectories) fs.rmSync(directory, { recursive: true, force: true });
});

describe("secrets: config errors", () => {
  it("never quote a credential pasted into an invalid harden.config.json", () => {
    const directory = temporaryDirectory("harden-leak-config-");
    fs.writeFileSync(path.join(directory, "package.json"), "{}\n");
    for (const config of [`{ "rules": {}, "token": ${plantedSecrets[0]} }`, `{ "authWrappers": ["x"] ${plantedSecrets[1]} }`, `{ "ignore": ["${plantedSecrets[0]}" ] `]) {
      fs.writeFileSync(path.join(directory, "harden.config.json"), config);
      const run = spawnSync(process.execPath, [cliPath, "check", "."], { cwd: directory, encoding: "utf8" });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^harden: harden\.config\.json: invalid JSON \([^\n]+\)\n$/);
      assertNoSecret(run.stderr + run.stdout, "the config error");
    }
  });
});

// Records every path the CLI opens, reads or lists, through the fs functions a bundle can reach.
const recorderSource = `
const fs = require("node:fs");
const log = process.env.HARDEN_READ_LOG;
const appendFileSync = fs.appendFileSync.bind(fs);
const record = (target) => { if (typeof target === "string" || target instanceof URL) appendFileSync(log, String(target) + "\\n"); };
for (const name of ["openSync", "open", "readFileSync", "readFile", "readdirSync", "readdir", "opendirSync", "opendir", "createReadStream"]) {
  const original = fs[name];
  fs[name] = function (target, ...rest) { record(target); return original.call(this, target, ...rest); };
}
for (const name of ["open", "readFile", "readdir", "opendir"]) {
  const original = fs.promises[name];
  fs.promises[name] = function (target, ...rest) { record(target); return original.call(this, target, ...rest); };
}
`;

describe("trust: nothing from the workspace is executed or read from outside it", () => {
  it("treats code-like config strings as data and never follows tsconfig extends outside the workspace", () => {
    const sandbox = temporaryDirectory("harden-trust-");
    const workspace = path.join(sandbox, "workspace");
    const outside = path.join(sandbox, "outside");
    const marker = path.join(sandbox, "executed");
    fs.mkdirSync(path.join(workspace, "src"), { recursive: true });
    fs.mkdirSync(path.join(workspace, ".git"));
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, "tsconfig.base.json"), '{ "compilerOptions": { "plugins": [{ "name": "../evil.js" }] } }');
    fs.writeFileSync(path.join(outside, "evil.js"), `require("node:fs").writeFileSync(${JSON.stringify(marker)}, "tsconfig");`);
    fs.writeFileSync(path.join(outside, "private.ts"), `export const key = "${plantedSecrets[0]}";\n`);
    fs.writeFileSync(path.join(workspace, "tsconfig.json"), JSON.stringify({ extends: "../outside/tsconfig.base.json", include: ["../outside/**/*.ts", "src"] }));
    const run = (code: string): string => `require("node:fs").writeFileSync(${JSON.stringify(marker)}, "${code}")`;
    fs.writeFileSync(
      path.join(workspace, "harden.config.json"),
      JSON.stringify({
        $schema: "javascript:" + run("schema"),
        authWrappers: [run("authWrappers"), "${process.exit(7)}"],
        validators: ["`$(touch " + marker + ")`"],
        timeoutWrappers: ["constructor.constructor('" + run("timeoutWrappers") + "')()"],
        ignore: ["../outside/**", "{{constructor.constructor('process.exit(9)')()}}"],
        sensitivePrefixes: ["/admin"],
      }),
    );
    fs.writeFileSync(path.join(workspace, "src/ids.ts"), 'import "../../outside/private";\nexport const sessionToken = Date.now().toString();\n');
    fs.writeFileSync(path.join(workspace, "package.json"), JSON.stringify({ scripts: { prepare: `node -e '${run("package")}'` }, main: "../outside/evil.js" }));
    const recorder = path.join(sandbox, "record-reads.cjs");
    fs.writeFileSync(recorder, recorderSource);
    const readLog = path.join(sandbox, "reads.log");
    // Harden's own per-user directory (the engine's compiled code, the cache key): its state, never the workspace's.
    const userCacheHome = path.join(sandbox, "user-cache");

    const result = spawnSync(process.execPath, ["--require", recorder, cliPath, "check", ".", "--format", "json"], {
      cwd: workspace,
      encoding: "utf8",
      env: { ...process.env, HARDEN_READ_LOG: readLog, XDG_CACHE_HOME: userCacheHome },
    });
    assert.equal(result.status, 0, result.stderr);
    assert.ok(!fs.existsSync(marker), `workspace content was executed: ${fs.existsSync(marker) ? fs.readFileSync(marker, "utf8") : ""}`);
    const reads = [...new Set(fs.readFileSync(readLog, "utf8").split("\n").filter((line) => line !== ""))].map((target) => path.resolve(workspace, target));
    assert.ok(reads.includes(path.join(workspace, "harden.config.json")) && reads.includes(path.join(workspace, "src/ids.ts")), "the recorder saw the workspace reads");
    const allowed = [workspace, path.join(repoRoot, "dist"), path.join(userCacheHome, "harden")];
    const outsideReads = reads.filter((target) => !allowed.some((root) => target === root || target.startsWith(root + path.sep)));
    assert.deepEqual(outsideReads, [], "files read outside the workspace");
    assertNoSecret(result.stdout + result.stderr, "the report");
  });
});

describe("secrets: the language server", function () {
  this.timeout(60_000);
  let client: LspTestClient | undefined;
  let stderr = "";

  before(() => assert.ok(fs.existsSync(serverPath), "dist/server.js is missing: run npm run build"));
  after(async () => {
    if (client && client.child.exitCode === null) await client.stop();
  });

  it("never puts a planted value in diagnostics, code-action titles or edits, or whatever it logs at trace: verbose", async () => {
    const workspace = temporaryDirectory("harden-leak-lsp-");
    fs.cpSync(secretsWorkspace, workspace, { recursive: true });
    fs.mkdirSync(path.join(workspace, ".git"));
    fs.writeFileSync(path.join(workspace, "src/blob.ts"), Buffer.from([0x00, 0x01, 0x02, 0x73, 0x6b]));
    client = await LspTestClient.start({ workspace, pullDiagnostics: false, settings: { trace: { server: "verbose" } } });
    client.child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    await client.connection.sendNotification("$/setTrace", { value: "verbose" });
    const filePath = path.join(workspace, "src/billing.ts");
    const uri = await client.open(filePath, fs.readFileSync(filePath, "utf8"));
    const diagnostics: Diagnostic[] = await client.pushedDiagnostics(uri, (d) => d.filter((x) => x.code === "hardcoded-secret").length === 2);
    const actions: CodeAction[] = [];
    for (const diagnostic of diagnostics) {
      actions.push(...(await client.connection.sendRequest<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })));
    }
    actions.push(...(await client.connection.sendRequest<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics: [], only: ["source.fixAll.harden"] } })));
    assert.ok(actions.some((action) => action.edit), "some action carries an edit");
    // An edit replaces the literal (the value sits in the document already); no inserted text may carry it.
    const insertedTexts = actions.flatMap((action) => (action.edit?.documentChanges ?? []).flatMap((change) => ("edits" in change ? change.edits.map((edit) => ("newText" in edit ? edit.newText : edit.snippet.value)) : [])));
    await client.replaceText(uri, fs.readFileSync(filePath, "utf8").replace('"eu-west-1",', '"eu-west-1",)('));
    await client.pushedDiagnostics(uri, (d) => d.length > 0);
    // A scan logs its totals and the notice for the binary file, so the log check below has lines to read.
    await client.connection.sendRequest("harden/workspaceScan", {});
    const logs = client.logs;
    assert.ok(logs.some((line) => line.includes("workspace scan:")) && logs.some((line) => line.includes("blob.ts")), `the server logged: ${logs.join(" | ")}`);
    await client.stop();
    client = undefined;
    assertNoSecret(JSON.stringify(diagnostics), "a diagnostic");
    assertNoSecret(actions.map((action) => action.title).join("\n"), "a code-action title");
    assertNoSecret(insertedTexts.join("\n"), "a code-action edit");
    assertNoSecret(logs.join("\n"), "the server log");
    assertNoSecret(stderr, "the server's stderr");
  });
});

// Credentials shaped to match the detectors but plainly fake ("H4rdenLeakCheck0nly", "NotARealKey", hashes of
// fixed words), assembled from parts so that no scanner takes this file for a leak.
const routeKey = ["sk", "live", "H4rdenLeakCheck0nly7Qz4Wm9Rt2Yp"].join("_");
const loggedToken = ["ghp", "H4rdenLeakCheck0nlyZ7q4Wm9Rt2Yp8Xc5Vb"].join("_");
const plainKey = ["sk", "live", "Pl4inH4rdenLeakCheck0nly7Qz4Wm"].join("_");
const namedSecret = "Zq8Lw3Nv6Tb1H4rdenLeakCheck0nlyX";
const pemBodyLines = ["harden", "leak", "check", "NotARealKey"].map((word) => createHash("sha512").update(`fake pem ${word}`).digest("base64").slice(0, 64));
const pemKey = ["-----BEGIN RSA PRIVATE KEY-----", ...pemBodyLines, "-----END RSA PRIVATE KEY-----"].join("\n");
const pemHeader = "-----BEGIN RSA PRIVATE KEY-----";

/** How each value is written in the fixture: `\/` and `\uXXXX` escapes, plain, and a multi-line template literal. */
const routeKeyWritten = routeKey.replace("0", "\\u0030");
const loggedTokenWritten = loggedToken.replace("_", "\\u005f");

const leakFiles: Record<string, string> = {
  "package.json": JSON.stringify({ name: "leak-check", dependencies: { express: "^4.19.0" } }),
  // The deployment sets the moved keys' variables, so --fix moves them (a name nothing sets is only a suggestion).
  ".env.example": "SIGNING_KEY=from-your-vault\nAPI_SECRET=from-your-vault\n",
  "src/app.ts": [
    'import express from "express";',
    "",
    "const app = express();",
    "app.use(express.json());",
    "",
    `app.post("\\/hooks\\/${routeKeyWritten}", (req, res) => {`,
    "  res.json({ received: req.body.event.trim() });",
    "});",
    "",
    "const client = { session: (key: string) => ({ accessToken: key }) };",
    `console.log(client.session("${loggedTokenWritten}").accessToken);`,
    "",
    "app.listen(3000);",
    "",
  ].join("\n"),
  "src/keys.ts": [`export const stripeKey = "${plainKey}";`, `export const apiSecret = "${namedSecret}";`, `export const signingKey = \`${pemKey}\`;`, ""].join("\n"),
  // A key pasted into a suppression comment is quoted back by invalid-suppression.
  "src/notes.ts": `// harden-ignore-next-line ${plainKey} -- pasted by mistake\nexport const region = "eu-west-1";\n`,
  // A syntax error gives a notice on stderr, next to the file's secret.
  "src/broken.ts": `export const billingKey = "${plainKey}";\nexport function broken( {\n`,
};

/** Every form a planted value could leak in: decoded, as written (escapes), as JSON writes that, each PEM body line. */
const leakForms: string[] = [
  ...[routeKey, loggedToken, plainKey, namedSecret].flatMap((value) => [value]),
  ...[routeKeyWritten, loggedTokenWritten].flatMap((written) => [written, JSON.stringify(written).slice(1, -1)]),
  ...pemBodyLines,
];

/** None of the forms, and (in text) no 8 characters of any value or PEM line: a preview keeps at most the first 4. */
function assertNothingLeaks(text: string, where: string, { windows = true } = {}): void {
  for (const form of leakForms) assert.ok(!text.includes(form), `${where} holds ${form.slice(0, 4)}… in full`);
  if (!windows) return;
  for (const value of [routeKey, loggedToken, plainKey, namedSecret, ...pemBodyLines]) {
    for (let start = 0; start + 8 <= value.length; start++) {
      const part = value.slice(start, start + 8);
      assert.ok(!text.includes(part), `${where} holds part of ${value.slice(0, 4)}…: ${part.slice(0, 4)}…`);
    }
  }
}

function writeTree(directory: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
    fs.writeFileSync(path.join(directory, name), text);
  }
}

/** Files under `directory` (recursively), except those given. */
function filesUnder(directory: string, except: ReadonlySet<string> = new Set()): string[] {
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((filePath) => !except.has(filePath));
}

describe("secrets: every output channel, every escape form", function () {
  this.timeout(120_000);
  let workspace = "";
  let cacheDirectory = "";
  let client: LspTestClient | undefined;
  const cli = (args: string[]) => spawnSync(process.execPath, [cliPath, "check", ".", ...args], { cwd: workspace, encoding: "utf8" });

  before(() => {
    workspace = temporaryDirectory("harden-leak-all-");
    cacheDirectory = temporaryDirectory("harden-leak-cache-");
    writeTree(workspace, leakFiles);
    fs.mkdirSync(path.join(workspace, ".git"));
  });
  after(async () => {
    if (client && client.child.exitCode === null) await client.stop();
  });

  it("the fixture's secrets are all flagged, each form written as intended", () => {
    const app = fs.readFileSync(path.join(workspace, "src/app.ts"), "utf8");
    assert.ok(app.includes("\\/hooks\\/sk_live_") && app.includes("\\u0030") && app.includes("ghp\\u005f"), "escapes are in the source");
    assert.ok(!app.includes(routeKey) && !app.includes(loggedToken), "the escaped values are not in the source decoded");
    const run = cli(["--format", "json"]);
    const findings = (JSON.parse(run.stdout) as { files: Array<{ filePath: string; findings: Array<{ ruleId: string; line: number }> }> }).files.flatMap((file) =>
      file.findings.filter((finding) => finding.ruleId === "hardcoded-secret").map((finding) => `${file.filePath}:${finding.line}`),
    );
    assert.deepEqual(findings.sort(), ["src/app.ts:11", "src/app.ts:6", "src/broken.ts:1", "src/keys.ts:1", "src/keys.ts:2", "src/keys.ts:3"]);
  });

  it("stylish, JSON and SARIF reports and stderr show previews only", () => {
    for (const format of ["stylish", "json", "sarif"]) {
      const run = cli(["--format", format]);
      assert.equal(run.status, 1, run.stderr);
      assertNothingLeaks(run.stdout, `the ${format} report`);
      assertNothingLeaks(run.stderr, `stderr of the ${format} run`);
      assert.match(run.stderr, /src\/broken\.ts: syntax error/, "a notice is printed");
    }
    const stylish = cli([]).stdout;
    // Route rules quote the decoded path, the logging rule the logged expression: both with the key's preview.
    assert.match(stylish, /POST \/hooks\/sk_l…\[redacted, 39 chars\] has no authentication guard/);
    assert.match(stylish, /`client\.session\("ghp_…\[redacted, 41 chars\]"\)\.accessToken`/);
    assert.match(stylish, /`signingKey` holds a PEM private key \(----…\[redacted, \d+ chars\]\)/);
    assert.match(stylish, /harden-ignore names unknown rule `sk_l…\[redacted, 38 chars\]`/);
  });

  it("the --fix-dry-run diff shows previews on removed and added lines, for every line of a multi-line key", () => {
    const run = cli(["--fix-dry-run", "--fix-type", "safe,scaffold"]);
    assertNothingLeaks(run.stdout, "the dry-run diff");
    assertNothingLeaks(run.stderr, "stderr of the dry run");
    assert.match(run.stdout, /^-export const signingKey = `----…\[redacted, \d+ chars\]`;$/m, "the PEM key's removed lines show its preview");
    assert.match(run.stdout, /^-export const apiSecret = "Zq8L…\[redacted, 32 chars\]";$/m, "a random key under a secret name shows its preview");
    // The moved key becomes a read that refuses a missing value in place (see hardcoded-secret's fix).
    assert.match(run.stdout, /^\+export const signingKey = process\.env\.SIGNING_KEY \|\| \(\(\) => \{ throw new Error\("SIGNING_KEY is not set"\); \}\)\(\);$/m);
    assert.ok(!run.stdout.includes(pemHeader), "no line of the key is printed, its header included");
  });

  it("the --cache files on disk hold previews only", () => {
    const before = new Set(filesUnder(workspace));
    for (let round = 0; round < 2; round++) assert.equal(cli(["--cache", "--cache-location", cacheDirectory]).status, 1);
    const written = [...filesUnder(cacheDirectory), ...filesUnder(workspace, before)];
    const texts = written.filter((filePath) => filePath.endsWith(".json")).map((filePath) => fs.readFileSync(filePath, "utf8"));
    assert.ok(texts.some((text) => text.includes("/hooks/sk_l…[redacted, 39 chars]")), "the cached summary keeps the route path's preview");
    for (const filePath of written) {
      const text = fs.readFileSync(filePath, "latin1");
      assertNothingLeaks(text, path.relative(workspace, filePath), { windows: filePath.endsWith(".json") });
    }
    // The cached run reports the same previews.
    assert.match(cli(["--cache", "--cache-location", cacheDirectory]).stdout, /POST \/hooks\/sk_l…\[redacted, 39 chars\]/);
  });

  it("the language server's diagnostics, code-action titles and edits and its log show previews only", async () => {
    client = await LspTestClient.start({ workspace, pullDiagnostics: false, settings: { trace: { server: "verbose" } } });
    let stderr = "";
    client.child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const traces: string[] = [];
    client.connection.onNotification("$/logTrace", (params: { message: string; verbose?: string }) => {
      traces.push(`${params.message}\n${params.verbose ?? ""}`);
    });
    await client.connection.sendNotification("$/setTrace", { value: "verbose" });
    const seen: Diagnostic[] = [];
    const actions: CodeAction[] = [];
    const expected: Record<string, (diagnostics: Diagnostic[]) => boolean> = {
      "src/app.ts": (d) => ["missing-auth", "missing-input-validation", "sensitive-data-logged"].every((rule) => d.some((x) => x.code === rule)),
      "src/keys.ts": (d) => d.filter((x) => x.code === "hardcoded-secret").length === 3,
      "src/broken.ts": (d) => d.some((x) => x.code === "hardcoded-secret"),
    };
    for (const [name, isComplete] of Object.entries(expected)) {
      const filePath = path.join(workspace, name);
      const uri = await client.open(filePath, fs.readFileSync(filePath, "utf8"));
      const diagnostics = await client.pushedDiagnostics(uri, isComplete);
      seen.push(...diagnostics);
      for (const diagnostic of diagnostics) {
        actions.push(...(await client.connection.sendRequest<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })));
      }
    }
    await client.connection.sendRequest("harden/workspaceScan", {});
    const insertedTexts = actions.flatMap((action) => (action.edit?.documentChanges ?? []).flatMap((change) => ("edits" in change ? change.edits.map((edit) => ("newText" in edit ? edit.newText : edit.snippet.value)) : [])));
    const logs = client.logs.join("\n");
    await client.stop();
    client = undefined;
    const messages = seen.map((diagnostic) => diagnostic.message).join("\n");
    assert.match(messages, /POST \/hooks\/sk_l…\[redacted, 39 chars\]/);
    assert.match(messages, /`client\.session\("ghp_…\[redacted, 41 chars\]"\)\.accessToken`/);
    assert.ok(actions.length > 0);
    assertNothingLeaks(JSON.stringify(seen), "a diagnostic");
    assertNothingLeaks(actions.map((action) => action.title).join("\n"), "a code-action title");
    assertNothingLeaks(insertedTexts.join("\n"), "a code-action edit");
    assertNothingLeaks(logs, "the server log");
    assertNothingLeaks(traces.join("\n"), "the server's protocol trace");
    assertNothingLeaks(stderr, "the server's stderr");
    const written = filesUnder(workspace, new Set(Object.keys(leakFiles).map((name) => path.join(workspace, name))));
    for (const filePath of written) assertNothingLeaks(fs.readFileSync(filePath, "latin1"), path.relative(workspace, filePath), { windows: filePath.endsWith(".json") });
  });
});

describe("secrets: a value equal to report text", () => {
  it("erases nothing from a report: a fallback secret spelled like the rule id leaves its id, help link and paths", function () {
    this.timeout(60_000);
    const directory = temporaryDirectory("harden-leak-rule-id-");
    writeTree(directory, {
      "package.json": "{}",
      ".git/HEAD": "",
      "src/config.ts": 'export const jwtSecret = process.env.JWT_SECRET || "hardcoded-secret";\n',
    });
    const run = spawnSync(process.execPath, [cliPath, "check", ".", "--format", "sarif"], { cwd: directory, encoding: "utf8" });
    assert.equal(run.status, 1, run.stderr);
    const sarif = JSON.parse(run.stdout) as {
      runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri?: string }> } }; results: Array<{ ruleId: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
    };
    const [sarifRun] = sarif.runs;
    const rule = sarifRun!.tool.driver.rules.find((candidate) => candidate.id === "hardcoded-secret");
    assert.ok(rule, "the rule is listed under its id");
    assert.match(rule.helpUri ?? "", /hardcoded-secret/);
    const [result] = sarifRun!.results;
    assert.equal(result?.ruleId, "hardcoded-secret");
    assert.match(result.message.text, /\(hard…\[redacted, 16 chars\]\)/);
    assert.match(result.locations[0]!.physicalLocation.artifactLocation.uri, /src\/config\.ts$/);
    const stylish = spawnSync(process.execPath, [cliPath, "check", "."], { cwd: directory, encoding: "utf8" }).stdout;
    assert.match(stylish, / {2}hardcoded-secret\n/, "the stylish line ends with the rule id");
  });
});
