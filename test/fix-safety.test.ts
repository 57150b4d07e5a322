// `--fix` never loses a byte: files with syntax errors get no fixes, writes are atomic (temporary file + rename) and
// all-or-none for linked files, a failure names what was and was not written, nothing is written through a link out
// of the project, and CRLF files stay CRLF. Spawns the bundled dist/cli.js, as cli.test.ts does.
import * as assert from "node:assert/strict";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { appendMissingLines, applyFixEdits } from "../rules/engine/apply-edits.js";
import { writeFixes } from "../server/cli/write-fixes.js";

const repoRoot = path.resolve(__dirname, "..");
const cliPath = path.join(repoRoot, "dist/cli.js");

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temporaryDirectories: string[] = [];
function temporaryDirectory(label: string): string {
  const directory = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `harden-fix-safety-${label}-`)));
  temporaryDirectories.push(directory);
  return directory;
}

/** A project from a map of relative path → text (a package.json naming express is added). */
function writeProject(files: Record<string, string>, label: string): string {
  const root = temporaryDirectory(label);
  fs.writeFileSync(path.join(root, "package.json"), JSON.stringify({ name: label, dependencies: { express: "^4.19.0", stripe: "^16.0.0", zod: "^3.23.0" } }));
  for (const [relative, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    fs.writeFileSync(path.join(root, relative), text);
  }
  return root;
}

/** Every file under `directory` (links not followed), relative path → bytes as latin1. */
function snapshotTree(directory: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.relative(directory, path.join(entry.parentPath, entry.name)), fs.readFileSync(path.join(entry.parentPath, entry.name), "latin1"));
  }
  return files;
}

const fixableLedger = `export async function notifyLedger(event: unknown): Promise<Response> {
  const response = await fetch("https://ledger.internal/events", {
    method: "POST",
    headers: { "Idempotency-Key": \`\${Date.now()}\` },
    body: JSON.stringify(event),
  });
  return response;
}
`;

const fixableServer = `import express from "express";
import { Pool } from "pg";

const app = express();
const port = parseInt(process.env.PORT, 10);
const pool = new Pool({ connectionString: process.env.DATABASE_URL!, connectionTimeoutMillis: 5_000 });

app.get("/health", async (_req, res) => {
  await pool.query("select 1");
  res.json({ ok: true });
});

app.listen(port);
`;

before(function () {
  // The build: minutes on a loaded 2-core machine.
  this.timeout(300_000);
  execFileSync(process.execPath, [path.join(repoRoot, "esbuild.mjs")], { cwd: repoRoot, stdio: "inherit" });
});

after(() => {
  for (const directory of temporaryDirectories) fs.rmSync(directory, { recursive: true, force: true });
});

describe("--fix on files with syntax errors", function () {
  this.timeout(60_000);

  it("leaves a stray-backtick file and a missing-`)` file byte-identical, says why, and still fixes the file that parses", () => {
    const strayBacktick = fixableLedger.replace("  return response;", "  return `response;");
    const missingParen = fixableServer.replace("parseInt(process.env.PORT, 10);", "parseInt(process.env.PORT, 10;");
    const root = writeProject({ "src/ledger.ts": strayBacktick, "src/server.ts": missingParen, "lib/clean.ts": fixableLedger }, "syntax");
    const run = runCli(["check", ".", "--fix", "--fix-type", "safe,scaffold"], root);
    assert.equal(fs.readFileSync(path.join(root, "src/ledger.ts"), "utf8"), strayBacktick);
    assert.equal(fs.readFileSync(path.join(root, "src/server.ts"), "utf8"), missingParen);
    assert.ok(!fs.existsSync(path.join(root, "src/env.ts")), "no scaffold for a file that got no fix");
    assert.match(run.stderr, /^src\/ledger\.ts: fixes skipped: file has syntax errors$/m);
    assert.match(run.stderr, /^src\/server\.ts: fixes skipped: file has syntax errors$/m);
    // No Node version is named here, so the id is `randomBytes(16).toString("hex")`, which every Node has.
    assert.match(fs.readFileSync(path.join(root, "lib/clean.ts"), "utf8"), /randomBytes\(16\)\.toString\("hex"\)/, "the file that parses is fixed");
    assert.match(run.stderr, /harden: applied [1-9]\d* fix(es)? to 1 file\n/);
  });
});

describe("--fix writes atomically", function () {
  this.timeout(600_000);

  it("a SIGKILL at any point leaves every file either as it was or fully fixed, and never an import of a missing scaffold", async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 60; index++) files[`src/ledger-${index}.ts`] = fixableLedger.replace("notifyLedger", `notifyLedger${index}`);
    files["src/server.ts"] = fixableServer;
    const template = writeProject(files, "kill-template");
    const original = snapshotTree(template);
    const fixedRoot = temporaryDirectory("kill-fixed");
    fs.cpSync(template, fixedRoot, { recursive: true });
    const { seen: eventsOfFullRun } = await runAndKill(fixedRoot, Infinity);
    const fixed = snapshotTree(fixedRoot);
    assert.ok(fixed.has(path.join("src", "env.ts")), "the uninterrupted run creates the scaffold");

    // Kill points: after the n-th change the directory watcher reports (temporary files appear, then renames).
    const killPoints = fc.sample(fc.integer({ min: 1, max: eventsOfFullRun }), { seed: 20_261_202, numRuns: 20 });
    let interrupted = 0;
    for (const killAfter of killPoints) {
      const root = temporaryDirectory("kill");
      fs.cpSync(template, root, { recursive: true });
      interrupted += (await runAndKill(root, killAfter)).killed ? 1 : 0;
      // A killed run may leave its temporary files; they are not sources, so no later run reads them.
      const after = new Map([...snapshotTree(root)].filter(([relative]) => !/^\..*\.harden-\d+-\d+\.tmp$/.test(path.basename(relative))));
      for (const [relative, text] of after) {
        const expected = [original.get(relative), fixed.get(relative)].filter((candidate) => candidate !== undefined);
        assert.ok(expected.length > 0, `kill after event ${killAfter}: unexpected file ${relative}`);
        assert.ok(expected.includes(text), `kill after event ${killAfter}: ${relative} is neither the original nor the fixed text (${text.length} bytes)`);
      }
      for (const relative of original.keys()) assert.ok(after.has(relative), `kill after event ${killAfter}: ${relative} vanished`);
      const importsEnv = [...after].some(([relative, text]) => relative !== path.join("src", "env.ts") && text.includes('from "./env"'));
      if (importsEnv) assert.ok(after.has(path.join("src", "env.ts")), `kill after event ${killAfter}: a file imports ./env, which is missing`);
    }
    assert.ok(interrupted > 0, "at least one run was killed before it finished");
  });
});

/** Runs `--fix` in `root` and SIGKILLs it once the watcher has seen `killAfter` changes in src/. */
function runAndKill(root: string, killAfter: number): Promise<{ killed: boolean; seen: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, "check", ".", "--fix", "--fix-type", "safe,scaffold"], { cwd: root, stdio: "ignore" });
    let seen = 0;
    let killed = false;
    const watcher = fs.watch(path.join(root, "src"), () => {
      if (++seen === killAfter) killed = child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("exit", (_code, signal) => {
      watcher.close();
      resolve({ killed: killed && signal === "SIGKILL", seen });
    });
  });
}

describe("--fix when a write fails", function () {
  this.timeout(60_000);

  it("writes nothing when one file cannot be written, and names every file not written (HARDEN_TEST_FAIL_WRITE test seam)", () => {
    const root = writeProject({ "src/ledger.ts": fixableLedger, "src/server.ts": fixableServer }, "fail");
    const before = snapshotTree(root);
    const run = runCli(["check", ".", "--fix", "--fix-type", "safe,scaffold"], root, { HARDEN_TEST_FAIL_WRITE: "env.ts" });
    assert.equal(run.status, 2, run.stderr);
    assert.deepEqual(snapshotTree(root), before, "nothing was written, no temporary file is left");
    assert.match(run.stderr, /^harden: could not write the fixes \(ENOSPC: no space left on device \(test seam\)\)$/m);
    for (const file of ["src/env.ts", "src/ledger.ts", "src/server.ts"]) assert.match(run.stderr, new RegExp(`^  not written: ${file}$`, "m"));
    assert.doesNotMatch(run.stderr, /internal error|^\s+at /m);
  });
});

describe("--fix and links out of the project", function () {
  this.timeout(60_000);

  it("does not append to a `.env.example` that links outside the project, nor apply the fix that needs it", () => {
    const billing = 'import Stripe from "stripe";\n\nexport const stripe = new Stripe("sk_live_51Hh2KqLkdIwHu7ixjR4pVn0tZcX9mYbA", { apiVersion: "2024-06-20" });\n';
    // The package reads STRIPE_SECRET_KEY elsewhere, so --fix moves the key there (a new name would only be offered).
    const root = writeProject({ "src/billing.ts": billing, "src/health.ts": "export const billingReady = Boolean(process.env.STRIPE_SECRET_KEY);\n" }, "env-link");
    const outside = path.join(temporaryDirectory("env-link-outside"), "other.env");
    fs.writeFileSync(outside, "UNRELATED=1\n");
    fs.symlinkSync(outside, path.join(root, ".env.example"));
    const run = runCli(["check", ".", "--fix", "--fix-type", "safe,scaffold"], root);
    assert.equal(fs.readFileSync(outside, "utf8"), "UNRELATED=1\n");
    assert.equal(fs.readFileSync(path.join(root, "src/billing.ts"), "utf8"), billing, "the linked fix is all or nothing");
    assert.match(run.stderr, /^\.env\.example: fixes not written: \.env\.example links outside the project$/m);
    assert.match(run.stdout, /hardcoded-secret/, "the report is of the files as they are on disk");
    assert.match(run.stderr, /harden: applied 0 fixes to 0 files\n/);
  });

  it("creates no file in, and rewrites no file of, a folder that links outside the project", () => {
    const root = writeProject({}, "dir-link");
    const outside = temporaryDirectory("dir-link-outside");
    fs.writeFileSync(path.join(outside, "server.ts"), fixableServer);
    fs.symlinkSync(outside, path.join(root, "src"));
    runCli(["check", ".", "--fix", "--fix-type", "safe,scaffold"], root);
    assert.deepEqual([...snapshotTree(outside)], [["server.ts", fixableServer]]);
  });
});

describe("--fix keeps line endings", function () {
  this.timeout(60_000);

  it("inserts CRLF into a CRLF file, LF into an LF file", () => {
    const crlf = fixableLedger.replace(/\n/g, "\r\n");
    // Node 18 has no global `crypto`, so the fix adds an import line: a line break it writes.
    const manifest = JSON.stringify({ name: "crlf", engines: { node: ">=18" } });
    const root = writeProject({ "package.json": manifest, "src/ledger-crlf.ts": crlf, "src/ledger-lf.ts": fixableLedger.replace("notifyLedger", "notifyLedgerLf") }, "crlf");
    runCli(["check", ".", "--fix", "--fix-type", "safe,scaffold"], root);
    const fixedCrlf = fs.readFileSync(path.join(root, "src/ledger-crlf.ts"), "utf8");
    assert.notEqual(fixedCrlf, crlf, "the fix was applied");
    assert.match(fixedCrlf, /^import \{ randomUUID \} from "node:crypto";\r\n\r\n/);
    assert.doesNotMatch(fixedCrlf, /[^\r]\n/, "no bare LF in the CRLF file");
    assert.doesNotMatch(fs.readFileSync(path.join(root, "src/ledger-lf.ts"), "utf8"), /\r/);
  });
});

describe("writeFixes", () => {
  it("keeps an edit made after the read: that file and the files linked to it are skipped, the others written", () => {
    const root = temporaryDirectory("edited");
    const [a, b, c] = ["a.ts", "b.ts", "c.ts"].map((name) => path.join(root, name)) as [string, string, string];
    fs.writeFileSync(a, "read\n");
    fs.writeFileSync(b, "the user's edit\n");
    fs.writeFileSync(c, "read\n");
    const outcome = writeFixes(
      [
        { filePath: a, before: "read\n", after: "fixed a\n" },
        { filePath: b, before: "read\n", after: "fixed b\n" },
        { filePath: c, before: "read\n", after: "fixed c\n" },
      ],
      [[a, b], [c]],
      { roots: [root] },
    );
    assert.equal(fs.readFileSync(a, "utf8"), "read\n", "linked to the edited file");
    assert.equal(fs.readFileSync(b, "utf8"), "the user's edit\n");
    assert.equal(fs.readFileSync(c, "utf8"), "fixed c\n");
    assert.deepEqual(outcome.written, [c]);
    assert.deepEqual(outcome.skipped, [
      { filePath: a, message: "fixes skipped: b.ts changed while fixing" },
      { filePath: b, message: "fixes skipped: b.ts changed while fixing" },
    ]);
    assert.deepEqual(fs.readdirSync(root).sort(), ["a.ts", "b.ts", "c.ts"], "no temporary file is left");
  });

  it("does not create a file that appeared after the read", () => {
    const root = temporaryDirectory("appeared");
    const created = path.join(root, "env.ts");
    fs.writeFileSync(created, "the user's own env module\n");
    const outcome = writeFixes([{ filePath: created, before: undefined, after: "scaffold\n" }], [[created]], { roots: [root] });
    assert.equal(fs.readFileSync(created, "utf8"), "the user's own env module\n");
    assert.deepEqual(outcome.skipped, [{ filePath: created, message: "fixes skipped: the file changed while fixing" }]);
  });

  it("writes through a link that stays inside the project, keeping the link and the file's mode", () => {
    const root = temporaryDirectory("inner-link");
    const real = path.join(root, "real.ts");
    const link = path.join(root, "link.ts");
    fs.writeFileSync(real, "read\n", { mode: 0o640 });
    fs.chmodSync(real, 0o640);
    fs.symlinkSync(real, link);
    const outcome = writeFixes([{ filePath: link, before: "read\n", after: "fixed\n" }], [[link]], { roots: [root] });
    assert.deepEqual(outcome.written, [link]);
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.equal(fs.readFileSync(real, "utf8"), "fixed\n");
    assert.equal(fs.statSync(real).mode & 0o777, 0o640);
  });
});

describe("line breaks of fix edits", () => {
  it("applyFixEdits and appendMissingLines write the file's own line break", () => {
    const edit = { filePath: "a.ts", start: 0, end: 0, newText: 'import { x } from "x";\n\n' };
    assert.equal(applyFixEdits("const a = 1;\r\n", [[edit]]).text, 'import { x } from "x";\r\n\r\nconst a = 1;\r\n');
    assert.equal(applyFixEdits("const a = 1;\n", [[edit]]).text, 'import { x } from "x";\n\nconst a = 1;\n');
    assert.equal(appendMissingLines("A=\r\nB=", "B=\nC=\nD=\n"), "A=\r\nB=\r\nC=\r\nD=\r\n");
    assert.equal(appendMissingLines("A=\n", "C=\n"), "A=\nC=\n");
  });
});
