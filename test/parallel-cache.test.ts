// Correctness of the parallel, cached CLI: the built dist/cli.js reports the same findings and notices with one
// worker or several, cold or from the cache; a cached run notices edits in this file, cross-file facts changed in
// another (a router mounted without its guard) and config edits; a damaged cache, or one another engine build wrote,
// is ignored; and a run on unchanged files answers without the engine. Spawns the bundle, as a user would.
import * as assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const repoRoot = path.resolve(__dirname, "..");
const cliPath = path.join(repoRoot, "dist/cli.js");

interface Report {
  files: Array<{ filePath: string; findings: unknown[] }>;
  notices: unknown[];
}

/** The whole report but its timing, as JSON, so two runs can be compared at once. */
function checkReport(directory: string, args: readonly string[], cli = cliPath): string {
  const run = spawnSync(process.execPath, [cli, "check", ".", "--format", "json", ...args], { cwd: directory, encoding: "utf8" });
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
  const report = JSON.parse(run.stdout) as Report;
  return JSON.stringify({ files: report.files, notices: report.notices });
}

function copyWorkspace(name: string): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `harden-parallel-${name}-`));
  fs.cpSync(path.join(repoRoot, "test-fixtures/workspaces", name), directory, { recursive: true });
  return directory;
}

describe("harden check: workers and cache", function () {
  this.timeout(120_000);
  const directories: string[] = [];

  before(() => {
    execFileSync(process.execPath, [path.join(repoRoot, "esbuild.mjs")], { cwd: repoRoot, stdio: "inherit" });
  });

  after(() => {
    for (const directory of directories) fs.rmSync(directory, { recursive: true, force: true });
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

    fs.writeFileSync(cacheFile, written.slice(0, written.length / 2));
    assert.equal(checkReport(directory, cached), uncached, "a cache cut short");

    // Findings forged in the cache are reported while it is the current build's, and ignored once another build wrote it.
    const forged = JSON.parse(written) as { version: string; files: Record<string, { analysis?: { findings: unknown[] } }> };
    for (const entry of Object.values(forged.files)) if (entry.analysis) entry.analysis.findings = [];
    fs.writeFileSync(cacheFile, JSON.stringify(forged));
    assert.notEqual(checkReport(directory, cached), uncached, "the current build's cache is trusted");
    fs.writeFileSync(cacheFile, JSON.stringify({ ...forged, version: `${forged.version}-other` }));
    assert.equal(checkReport(directory, cached), uncached, "another build's cache");
  });

  it("reports from the cache without loading the engine when nothing changed, and reuses or ignores its compiled code", () => {
    const directory = copyWorkspace("cli-basic");
    directories.push(directory);
    const cacheDirectory = path.join(directory, "cache-under-test");
    const cached = ["--cache", "--cache-location", cacheDirectory];
    const uncached = checkReport(directory, []);
    assert.equal(checkReport(directory, cached), uncached, "cold");
    const codeCache = path.join(cacheDirectory, "engine-code.bin");
    assert.ok(fs.existsSync(codeCache), "the engine's compiled code is kept");
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
    fs.appendFileSync(users, "// another edit\n");
    fs.writeFileSync(codeCache, "garbage");
    assert.equal(checkReport(directory, cached), checkReport(directory, []), "compiled code for another bundle");
  });
  it("leaves the cache file alone after a run on unchanged files, files it could not parse included", () => {
    const directory = copyWorkspace("cli-bad-input");
    directories.push(directory);
    fs.writeFileSync(path.join(directory, "src/deep.ts"), "export const deep =\n" + "(\n".repeat(10_000) + "1\n" + ")\n".repeat(10_000) + ";\n");
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
});
