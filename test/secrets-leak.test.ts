// Secrets and trust: planted credentials never leave through config errors or the language server (diagnostics,
// code-action titles and edits, the log at trace: verbose), and nothing in the analysed workspace is executed or
// read from outside it. test/cli.test.ts covers the CLI reports, the dry-run diff and what --fix writes.
import * as assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
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
  this.timeout(60_000);
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
    fs.writeFileSync(path.join(workspace, "src/ids.ts"), 'import "../../outside/private";\nexport const orderId = Date.now().toString();\n');
    fs.writeFileSync(path.join(workspace, "package.json"), JSON.stringify({ scripts: { prepare: `node -e '${run("package")}'` }, main: "../outside/evil.js" }));
    const recorder = path.join(sandbox, "record-reads.cjs");
    fs.writeFileSync(recorder, recorderSource);
    const readLog = path.join(sandbox, "reads.log");

    const result = spawnSync(process.execPath, ["--require", recorder, cliPath, "check", ".", "--format", "json"], {
      cwd: workspace,
      encoding: "utf8",
      env: { ...process.env, HARDEN_READ_LOG: readLog },
    });
    assert.equal(result.status, 0, result.stderr);
    assert.ok(!fs.existsSync(marker), `workspace content was executed: ${fs.existsSync(marker) ? fs.readFileSync(marker, "utf8") : ""}`);
    const reads = [...new Set(fs.readFileSync(readLog, "utf8").split("\n").filter((line) => line !== ""))].map((target) => path.resolve(workspace, target));
    assert.ok(reads.includes(path.join(workspace, "harden.config.json")) && reads.includes(path.join(workspace, "src/ids.ts")), "the recorder saw the workspace reads");
    const allowed = [workspace, path.join(repoRoot, "dist")];
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
