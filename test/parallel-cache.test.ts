// Correctness of the parallel, cached CLI: the built dist/cli.js reports the same findings and notices with one
// worker or several, cold or from the cache, and a cached run notices edits in this file and cross-file facts
// changed in another (a router mounted without its guard). Spawns the bundle, as a user would.
import * as assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const repoRoot = path.resolve(__dirname, "..");
const cliPath = path.join(repoRoot, "dist/cli.js");

interface Report {
  files: unknown[];
  notices: unknown[];
}

/** The whole report but its timing, as JSON, so two runs can be compared at once. */
function checkReport(directory: string, args: readonly string[]): string {
  const run = spawnSync(process.execPath, [cliPath, "check", ".", "--format", "json", ...args], { cwd: directory, encoding: "utf8" });
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
      assert.equal(fs.readdirSync(cacheDirectory).length, 1, "one cache file per project root");
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
});
