// Correctness of the parallel, cached CLI: the built dist/cli.js reports the same findings and notices with one
// worker or several, cold or from the cache; a cached run notices edits in this file, cross-file facts changed in
// another (a router mounted without its guard) and config edits; a damaged cache, or one another engine build wrote,
// is ignored; and a run on unchanged files answers without the engine. Trust: compiled code is kept only in the
// private per-user cache directory and never read from a workspace; a cache this user's Harden did not write (forged,
// committed) is ignored with one notice. Spawns the bundle, as a user would, with XDG_CACHE_HOME in a temporary folder.
import * as assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { workerCountFor, type MachineLoad } from "../server/host/parallel-lint.js";
import { hashText, SummaryCache } from "../server/host/summary-cache.js";

const repoRoot = path.resolve(__dirname, "..");
const cliPath = path.join(repoRoot, "dist/cli.js");

interface Report {
  files: Array<{ filePath: string; findings: unknown[] }>;
  notices: unknown[];
}

/** The per-user cache of every run here (XDG_CACHE_HOME/harden); a test may point a run elsewhere. */
const xdgCacheHome = fs.mkdtempSync(path.join(os.tmpdir(), "harden-xdg-"));
const userCacheDirectory = path.join(xdgCacheHome, "harden");

interface CheckRun {
  status: number | null;
  /** The whole report but its timing, as JSON, so two runs can be compared at once. */
  report: string;
  stderr: string;
}

/** A run that must end (a read of a planted FIFO would block it) with a report. */
function runCheck(directory: string, args: readonly string[], { cli = cliPath, env = { XDG_CACHE_HOME: xdgCacheHome } as NodeJS.ProcessEnv } = {}): CheckRun {
  const run = spawnSync(process.execPath, [cli, "check", ".", "--format", "json", ...args], { cwd: directory, encoding: "utf8", env: { ...process.env, ...env }, timeout: 60_000 });
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status} (${run.signal ?? "no signal"}): ${run.stderr}`);
  const report = JSON.parse(run.stdout) as Report;
  return { status: run.status, report: JSON.stringify({ files: report.files, notices: report.notices }), stderr: run.stderr };
}

function checkReport(directory: string, args: readonly string[], cli = cliPath): string {
  return runCheck(directory, args, { cli }).report;
}

/** The report with these notices too, as a run that printed them reports. */
function withNotices(report: string, notices: readonly unknown[]): string {
  const parsed = JSON.parse(report) as Report;
  return JSON.stringify({ files: parsed.files, notices: [...notices, ...parsed.notices] });
}

function engineCodeFiles(): string[] {
  return fs.existsSync(userCacheDirectory) ? fs.readdirSync(userCacheDirectory).filter((name) => /^engine-.*\.bin$/.test(name)) : [];
}

function copyWorkspace(name: string): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `harden-parallel-${name}-`));
  fs.cpSync(path.join(repoRoot, "test-fixtures/workspaces", name), directory, { recursive: true });
  return directory;
}

/**
 * Dates every file under `directory` an hour back: the cache trusts a file's stamp (size and times) only when it was
 * last modified well before the run, as files are between a user's runs.
 */
function settle(directory: string): void {
  const anHourAgo = new Date(Date.now() - 3_600_000);
  for (const entry of fs.readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) fs.utimesSync(path.join(entry.parentPath, entry.name), anHourAgo, anHourAgo);
  }
}

/** The summaries file beside a cache's index. */
function summariesFileIn(cacheDirectory: string): string {
  const names = fs.readdirSync(cacheDirectory).filter((name) => name.includes(".summaries-"));
  assert.equal(names.length, 1, names.join(", "));
  return path.join(cacheDirectory, names[0]!);
}

describe("harden check: workers and cache", function () {
  this.timeout(120_000);
  const directories: string[] = [];

  before(() => {
    execFileSync(process.execPath, [path.join(repoRoot, "esbuild.mjs")], { cwd: repoRoot, stdio: "inherit" });
  });

  after(() => {
    for (const directory of [...directories, xdgCacheHome]) fs.rmSync(directory, { recursive: true, force: true });
  });

  for (const workspace of ["cli-basic", "demo"]) {
    it(`reports the same on ${workspace} with 1 or 3 workers, cold or cached`, () => {
      const directory = copyWorkspace(workspace);
      directories.push(directory);
      const cacheDirectory = path.join(directory, "cache-under-test");
      const single = checkReport(directory, ["--concurrency", "1"]);
      assert.ok((JSON.parse(single) as Report).files.length > 0);
      assert.equal(checkReport(directory, ["--concurrency", "3"]), single);
      assert.equal(checkReport(directory, ["--concurrency", "3", "--cache", "--cache-location", cacheDirectory]), single, "cold cache");
      assert.equal(fs.readdirSync(cacheDirectory).filter((name) => name.endsWith(".json")).length, 1, "one cache file per project root");
      assert.equal(checkReport(directory, ["--concurrency", "1", "--cache", "--cache-location", cacheDirectory]), single, "warm cache, 1 worker");
      assert.equal(checkReport(directory, ["--concurrency", "3", "--cache", "--cache-location", cacheDirectory]), single, "warm cache, 3 workers");
    });
  }

  it("re-analyses a file whose text moved and files whose cross-file facts changed", () => {
    const directory = copyWorkspace("cli-basic");
    directories.push(directory);
    const cached = ["--concurrency", "2", "--cache", "--cache-location", path.join(directory, "cache-under-test")];
    checkReport(directory, cached);

    const users = path.join(directory, "src/routes/users.ts");
    fs.writeFileSync(users, `// a line that moves every finding below it\n${fs.readFileSync(users, "utf8")}`);
    assert.equal(checkReport(directory, cached), checkReport(directory, ["--concurrency", "1"]), "after an edit that moves code");

    // The users router is no longer mounted behind the session guard in app.ts: routes in routes/users.ts, untouched, lose their auth.
    const app = path.join(directory, "src/app.ts");
    const before = checkReport(directory, cached);
    fs.writeFileSync(app, fs.readFileSync(app, "utf8").replace('app.use("/users", requireSession, usersRouter)', 'app.use("/users", usersRouter)'));
    const after = checkReport(directory, cached);
    assert.equal(after, checkReport(directory, ["--concurrency", "1"]), "after a cross-file change");
    assert.notEqual(after, before, "the guard change must change the findings");
  });
  it("keeps each file's code role from the cache while every link stands, and works roles out again when an import changes them", () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "harden-parallel-roles-"));
    directories.push(directory);
    const write = (name: string, text: string): void => {
      fs.mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
      fs.writeFileSync(path.join(directory, name), text);
    };
    write("package.json", JSON.stringify({ name: "roles", private: true, dependencies: { express: "^4.19.0" } }));
    write("src/server.ts", 'import express from "express";\nconst app = express();\napp.get("/up", (_req, res) => res.send("up"));\napp.listen(3000);\n');
    // Only a test imports the quote fetcher: test code, where missing-timeout stays quiet.
    write("src/quotes.ts", 'export async function latestQuote(): Promise<unknown> {\n  const response = await fetch("https://quotes.example.com/latest");\n  return response.json();\n}\n');
    write("src/quotes-check.ts", 'import { it } from "vitest";\nimport { latestQuote } from "./quotes";\nit("answers", async () => { await latestQuote(); });\n');
    const cached = ["--concurrency", "1", "--cache", "--cache-location", path.join(directory, "cache-under-test")];
    const timeoutsIn = (report: string): string[] =>
      (JSON.parse(report) as Report).files.flatMap((file) => file.findings.filter((finding) => (finding as { ruleId: string }).ruleId === "missing-timeout").map(() => path.basename(file.filePath)));
    assert.deepEqual(timeoutsIn(checkReport(directory, cached)), []);

    // A body edit keeps every link: the edited file's role comes from the cache, and the report is a cold run's.
    write("src/quotes.ts", `// the quote service is slow on Mondays\n${fs.readFileSync(path.join(directory, "src/quotes.ts"), "utf8")}`);
    const afterBodyEdit = checkReport(directory, cached);
    assert.equal(afterBodyEdit, checkReport(directory, ["--concurrency", "1"]));
    assert.deepEqual(timeoutsIn(afterBodyEdit), []);

    // The server imports it now: it is server code, and a role the cache kept under the old links must not hide that.
    write("src/server.ts", `import { latestQuote } from "./quotes";\n${fs.readFileSync(path.join(directory, "src/server.ts"), "utf8")}app.get("/quote", async (_req, res) => res.json(await latestQuote()));\n`);
    const afterImport = checkReport(directory, cached);
    assert.equal(afterImport, checkReport(directory, ["--concurrency", "1"]));
    assert.deepEqual(timeoutsIn(afterImport), ["quotes.ts"]);
  });

  it("re-analyses everything after a config edit, and reports as an uncached run does", () => {
    const directory = copyWorkspace("cli-basic");
    directories.push(directory);
    const cached = ["--cache", "--cache-location", path.join(directory, "cache-under-test")];
    const before = checkReport(directory, cached);
    const ruleIds = (report: string): Set<unknown> =>
      new Set((JSON.parse(report) as Report).files.flatMap((file) => file.findings.map((finding) => (finding as { ruleId: string }).ruleId)));
    const silenced = [...ruleIds(before)][0] as string;
    fs.writeFileSync(path.join(directory, "harden.config.json"), JSON.stringify({ rules: { [silenced]: "off" } }));
    const after = checkReport(directory, cached);
    assert.equal(after, checkReport(directory, []));
    assert.ok(!ruleIds(after).has(silenced), `${silenced} is off`);
  });

  it("ignores a cache file that is cut short, and one another engine build wrote", () => {
    const directory = copyWorkspace("cli-basic");
    directories.push(directory);
    const cacheDirectory = path.join(directory, "cache-under-test");
    const cached = ["--cache", "--cache-location", cacheDirectory];
    const uncached = checkReport(directory, []);
    checkReport(directory, cached);
    const cacheFile = path.join(cacheDirectory, fs.readdirSync(cacheDirectory).find((name) => name.endsWith(".json"))!);
    const written = fs.readFileSync(cacheFile, "utf8");

    // Harden writes its cache whole (by a rename), so a cut file is not one it wrote.
    fs.writeFileSync(cacheFile, written.slice(0, written.length / 2));
    assert.equal(checkReport(directory, cached), withNotices(uncached, [{ filePath: path.relative(directory, cacheFile), message: "cache not written by this user's Harden; ignored" }]), "a cache cut short");
    assert.equal(checkReport(directory, cached), uncached, "rewritten whole");

    // Authenticated by this user's key, but by another engine build: ignored without a word.
    const other = SummaryCache.open(cacheDirectory, fs.realpathSync(directory), "another build", fs.readFileSync(path.join(userCacheDirectory, "cache-key")));
    other.store(path.join(fs.realpathSync(directory), "src/app.ts"), { contentHash: hashText(fs.readFileSync(path.join(directory, "src/app.ts"), "utf8")), parseNotices: [] });
    other.save();
    assert.match(fs.readFileSync(cacheFile, "utf8"), /"another build"/);
    assert.equal(checkReport(directory, cached), uncached, "another build's cache");
  });

  it("ignores, with one notice, a forged or committed cache: emptied findings never make a run report no problems", () => {
    const directory = copyWorkspace("cli-basic");
    directories.push(directory);
    fs.mkdirSync(path.join(directory, "node_modules"));
    const uncached = runCheck(directory, []);
    assert.equal(uncached.status, 1);
    runCheck(directory, ["--cache"]);
    const cacheDirectory = path.join(directory, "node_modules/.cache/harden");
    const cacheFile = path.join(cacheDirectory, fs.readdirSync(cacheDirectory).find((name) => name.endsWith(".json"))!);
    const written = fs.readFileSync(cacheFile, "utf8");
    const macLine = written.slice(0, written.indexOf("\n"));
    const forged = JSON.parse(written.slice(macLine.length + 1)) as { version: string; files: Record<string, { analysis?: { findings: unknown[] } }> };
    for (const entry of Object.values(forged.files)) if (entry.analysis) entry.analysis.findings = [];
    const notice = `node_modules/.cache/harden/${path.basename(cacheFile)}: cache not written by this user's Harden; ignored\n`;

    // The real cache's version, with its MAC line kept or with none (as an older Harden wrote it).
    const variants: Array<[string, string]> = [["MAC kept", `${macLine}\n${JSON.stringify(forged)}`], ["no MAC", JSON.stringify(forged)]];
    for (const [label, text] of variants) {
      fs.writeFileSync(cacheFile, text);
      const forgedRun = runCheck(directory, ["--cache"]);
      assert.equal(forgedRun.status, 1, label);
      assert.equal(forgedRun.report, withNotices(uncached.report, [{ filePath: path.relative(directory, cacheFile), message: "cache not written by this user's Harden; ignored" }]), label);
      assert.equal(forgedRun.stderr, notice, label);
      const next = runCheck(directory, ["--cache"]);
      assert.deepEqual([next.status, next.report, next.stderr], [1, uncached.report, ""], `${label}: the cache is written again, authenticated`);
    }
  });

  it("keeps the engine's compiled code in the per-user cache directory without --cache too, and writes nothing into the workspace", function () {
    if (process.platform === "win32") this.skip();
    const directory = copyWorkspace("cli-basic");
    directories.push(directory);
    fs.rmSync(userCacheDirectory, { recursive: true, force: true });
    const before = fs.readdirSync(directory, { recursive: true }).sort();
    const first = checkReport(directory, []);
    assert.equal(engineCodeFiles().length, 1, "the first run compiles the engine and keeps its code");
    assert.equal(fs.statSync(path.join(userCacheDirectory, engineCodeFiles()[0]!)).mode & 0o777, 0o600);
    assert.equal(checkReport(directory, []), first, "a run from the kept code reports the same");
    assert.deepEqual(fs.readdirSync(directory, { recursive: true }).sort(), before, "no cache in the project without --cache");
  });

  it("never reads compiled code from the workspace, even where --cache-location points; keeps it in the per-user cache directory", function () {
    if (process.platform === "win32") this.skip();
    const directory = copyWorkspace("cli-basic");
    directories.push(directory);
    fs.rmSync(userCacheDirectory, { recursive: true, force: true });
    const workspaceCaches = ["node_modules/.cache/harden", "cache-under-test"].map((relative) => path.join(directory, relative));
    const runs = [["--cache"], ["--cache", "--concurrency", "2"], ["--cache", "--cache-location", "cache-under-test"]];
    /** Each run edits a file first, so the engine is loaded (and its compiled code looked for). */
    const runAll = (): void => {
      for (const args of runs) {
        fs.appendFileSync(path.join(directory, "src/app.ts"), "// an edit\n");
        assert.equal(checkReport(directory, args), checkReport(directory, []), args.join(" "));
      }
    };
    // Where older Harden kept it: a FIFO blocks whoever reads it, so a run that ends never read it; a file with the
    // bundle's hash in front of bytes V8 rejects would have been read and rewritten.
    const bundleHash = createHash("sha1").update(fs.readFileSync(path.join(repoRoot, "dist/engine.js"))).digest("hex");
    const planted = Buffer.concat([Buffer.from(bundleHash, "latin1"), randomBytes(4096)]);
    fs.mkdirSync(workspaceCaches[0]!, { recursive: true });
    execFileSync("mkfifo", [path.join(workspaceCaches[0]!, "engine-code.bin")]);
    fs.mkdirSync(workspaceCaches[1]!, { recursive: true });
    fs.writeFileSync(path.join(workspaceCaches[1]!, "engine-code.bin"), planted);
    runAll();
    assert.ok(fs.statSync(path.join(workspaceCaches[0]!, "engine-code.bin")).isFIFO());
    assert.deepEqual(fs.readFileSync(path.join(workspaceCaches[1]!, "engine-code.bin")), planted);

    // The code is where it belongs: one file, this user's only, in a directory only this user can enter.
    const [codeFile, ...others] = engineCodeFiles();
    assert.deepEqual(others, []);
    assert.equal(fs.statSync(userCacheDirectory).mode & 0o777, 0o700);
    assert.equal(fs.statSync(path.join(userCacheDirectory, codeFile!)).mode & 0o777, 0o600);
    assert.equal(fs.statSync(path.join(userCacheDirectory, "cache-key")).mode & 0o777, 0o600);

    // Under the name it has there, in the workspace: never read, and the per-user one is compiled afresh.
    for (const workspaceCache of workspaceCaches) fs.writeFileSync(path.join(workspaceCache, codeFile!), planted);
    fs.rmSync(path.join(userCacheDirectory, codeFile!));
    runAll();
    for (const workspaceCache of workspaceCaches) assert.deepEqual(fs.readFileSync(path.join(workspaceCache, codeFile!)), planted);
    assert.deepEqual(engineCodeFiles(), [codeFile]);
  });

  it("does not use a per-user cache directory open to others or another user's, a key others can read, or none at all", function () {
    if (process.platform === "win32") this.skip();
    const directory = copyWorkspace("cli-basic");
    directories.push(directory);
    const uncached = checkReport(directory, []);
    checkReport(directory, ["--cache"]);
    const [codeFile] = engineCodeFiles();
    const codePath = path.join(userCacheDirectory, codeFile!);
    const keyPath = path.join(userCacheDirectory, "cache-key");
    const projectCache = path.join(directory, "node_modules/.cache/harden");
    // While the directory is not trusted its compiled code must not be read: a FIFO in its place would block the run.
    fs.rmSync(codePath);
    execFileSync("mkfifo", [codePath]);

    const distrusted = (label: string, problem: RegExp, env?: NodeJS.ProcessEnv): void => {
      fs.rmSync(projectCache, { recursive: true, force: true });
      fs.appendFileSync(path.join(directory, "src/app.ts"), "// an edit, so the engine is loaded\n");
      const run = JSON.parse(runCheck(directory, ["--cache"], env && { env }).report) as Report;
      const notices = run.notices as Array<{ message: string }>;
      assert.equal(notices.length, 1, label);
      assert.match(notices[0]!.message, problem, label);
      assert.match(notices[0]!.message, /; --cache is off$/, label);
      assert.deepEqual(run.files, (JSON.parse(checkReport(directory, [])) as Report).files, label);
      assert.ok(!fs.existsSync(projectCache), `${label}: no cache is written`);
    };
    fs.chmodSync(userCacheDirectory, 0o755);
    distrusted("mode 755", /is open to other users \(mode 755\)/);
    fs.chmodSync(userCacheDirectory, 0o700);
    if (process.getuid?.() === 0) {
      fs.chownSync(userCacheDirectory, 12345, 12345);
      distrusted("another user's", /belongs to another user \(uid 12345\)/);
      fs.chownSync(userCacheDirectory, 0, 0);
    }
    fs.chmodSync(keyPath, 0o644);
    distrusted("key 644", /cache-key is not a private 32-byte file of this user/);
    fs.chmodSync(keyPath, 0o600);
    const notADirectory = path.join(directory, "package.json");
    distrusted("cannot be created", /cannot be used \(ENOTDIR\)/, { XDG_CACHE_HOME: path.join(notADirectory, "cache") });
    assert.notEqual(uncached, "");
  });

  it("reports from the cache without loading the engine when nothing changed, and reuses or ignores its compiled code", () => {
    const directory = copyWorkspace("cli-basic");
    directories.push(directory);
    const cacheDirectory = path.join(directory, "cache-under-test");
    const cached = ["--cache", "--cache-location", cacheDirectory];
    const uncached = checkReport(directory, []);
    assert.equal(checkReport(directory, cached), uncached, "cold");
    assert.equal(engineCodeFiles().length, 1, "the engine's compiled code is kept");
    const codeCache = path.join(userCacheDirectory, engineCodeFiles()[0]!);
    assert.equal(checkReport(directory, cached), uncached, "warm");

    // The CLI's and the worker's bundles leave the engine (TypeScript's compiler among it) to dist/engine.js ...
    for (const bundle of [cliPath, path.join(repoRoot, "dist/lint-worker.js")]) assert.doesNotMatch(fs.readFileSync(bundle, "utf8"), /typescript\.js/);
    // ... and beside an engine that cannot load, the CLI reports on unchanged files; an edit needs the engine.
    const withoutEngine = fs.mkdtempSync(path.join(os.tmpdir(), "harden-no-engine-"));
    directories.push(withoutEngine);
    fs.copyFileSync(cliPath, path.join(withoutEngine, "cli.js"));
    fs.writeFileSync(path.join(withoutEngine, "engine.js"), 'throw new Error("the engine was loaded");\n');
    assert.equal(checkReport(directory, cached, path.join(withoutEngine, "cli.js")), uncached, "warm, without the engine");
    const users = path.join(directory, "src/routes/users.ts");
    fs.appendFileSync(users, "\n// an edit\n");
    const edited = spawnSync(process.execPath, [path.join(withoutEngine, "cli.js"), "check", ".", ...cached], { cwd: directory, encoding: "utf8" });
    assert.equal(edited.status, 2);
    assert.match(edited.stderr, /the engine was loaded/);

    const editedReport = checkReport(directory, []);
    fs.writeFileSync(codeCache, Buffer.concat([fs.readFileSync(codeCache).subarray(0, 40), Buffer.from("not V8 code")]));
    assert.equal(checkReport(directory, cached), editedReport, "compiled code V8 rejects");
  });
  it("leaves the cache file alone after a run on unchanged files, files it could not parse included", () => {
    const directory = copyWorkspace("cli-bad-input");
    directories.push(directory);
    fs.writeFileSync(path.join(directory, "src/deep.ts"), "export const deep =\n" + "(\n".repeat(10_000) + "1\n" + ")\n".repeat(10_000) + ";\n");
    settle(directory);
    const cacheDirectory = path.join(directory, "cache-under-test");
    const cached = ["--cache", "--cache-location", cacheDirectory];
    const uncached = checkReport(directory, []);
    assert.match(uncached, /too deeply nested/);
    assert.equal(checkReport(directory, cached), uncached, "cold");
    const cacheFile = path.join(cacheDirectory, fs.readdirSync(cacheDirectory).find((name) => name.endsWith(".json"))!);
    const written = fs.statSync(cacheFile);
    assert.equal(checkReport(directory, cached), uncached, "warm");
    assert.equal(fs.statSync(cacheFile).ino, written.ino, "the cache file was not written again");
  });

  it("tells an edit that keeps a file's size by its stamp, and reads the summaries only when a file must be analysed", function () {
    this.timeout(600_000);
    const directory = copyWorkspace("cli-basic");
    directories.push(directory);
    settle(directory);
    const cacheDirectory = path.join(directory, "cache-under-test");
    const cached = ["--cache", "--cache-location", cacheDirectory];
    checkReport(directory, cached);
    const index = path.join(cacheDirectory, fs.readdirSync(cacheDirectory).find((name) => name.endsWith(".json"))!);
    const indexWritten = fs.statSync(index).ino;

    // A warm run on unchanged files answers from the index alone: without the summaries it neither fails nor writes.
    const summaries = summariesFileIn(cacheDirectory);
    const summaryBytes = fs.readFileSync(summaries);
    fs.rmSync(summaries);
    assert.equal(checkReport(directory, cached), checkReport(directory, []), "warm, summaries gone");
    assert.equal(fs.statSync(index).ino, indexWritten, "the index was not written again");
    fs.writeFileSync(summaries, summaryBytes);

    // The same number of bytes, another text: its stamp differs, so it is read, hashed and analysed again.
    const users = path.join(directory, "src/routes/users.ts");
    const text = fs.readFileSync(users, "utf8");
    const sameSize = text.replace("Date.now().toString()", "crypto.randomUUID()  ");
    assert.equal(Buffer.byteLength(sameSize), Buffer.byteLength(text));
    assert.notEqual(sameSize, text);
    const beforeEdit = checkReport(directory, []);
    fs.writeFileSync(users, sameSize);
    const afterEdit = checkReport(directory, cached);
    assert.equal(afterEdit, checkReport(directory, []), "after an edit that keeps the size");
    assert.notEqual(afterEdit, beforeEdit, "the edit removed a finding");

    // An edit when the summaries file was damaged since: every file is summarised again, as in an uncached run.
    fs.writeFileSync(summariesFileIn(cacheDirectory), "{}");
    fs.appendFileSync(users, "\n// an edit\n");
    assert.equal(checkReport(directory, cached), checkReport(directory, []), "after an edit, summaries damaged");
    fs.appendFileSync(users, "// another edit\n");
    assert.equal(checkReport(directory, cached), checkReport(directory, []), "the cache written again is used");
  });
});

describe("harden check: default worker count", () => {
  it("lints in the main thread unless more than two cores are idle, then gives each idle core a worker", () => {
    const idle = (cores: number): MachineLoad => ({ cores, load: 0.2 });
    assert.equal(workerCountFor(undefined, 4_000, idle(2)), 1, "2 idle cores: a pool costs more CPU than it saves");
    assert.equal(workerCountFor(undefined, 4_000, { cores: 8, load: 6.5 }), 1, "8 cores, 6.5 busy");
    assert.equal(workerCountFor(undefined, 4_000, idle(8)), 7, "8 cores, 7 of them idle");
    assert.equal(workerCountFor(undefined, 500, idle(8)), 3, "a worker per 150 files");
    assert.equal(workerCountFor(undefined, 400, idle(8)), 1, "too few files for more than two workers");
    assert.equal(workerCountFor(2, 4_000, idle(2)), 2, "--concurrency wins");
  });
});
