// Adversarial input, named case by case: each must end in a one-line notice naming the file or key (or a clean
// analysis) while the run goes on. Cases already in test/cli.test.ts (binary file, invalid UTF-8, minified bundle,
// 10,000 parentheses, symlink loop, invalid JSON and wrongly typed config keys) are not repeated here.
import * as assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { resolveConfig } from "../rules/engine/config.js";
import { lintSources } from "../rules/lint-project.js";
import { registry } from "../rules/index.js";
import { loadSources } from "../server/host/load-project.js";
import { readSourceFile } from "../server/host/read-source.js";
import { findSourceFiles } from "../server/host/source-files.js";

const repoRoot = path.resolve(__dirname, "..");
const cliPath = path.join(repoRoot, "dist/cli.js");
const defaults = resolveConfig({}, registry, "/project", "(defaults)");

interface JsonReport {
  files: Array<{ filePath: string; findings: Array<{ ruleId: string; line: number }> }>;
  notices: Array<{ filePath: string; message: string }>;
}

function runCli(args: readonly string[], cwd: string, options: { uid?: number; gid?: number } = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 256 * 1024 * 1024, ...options });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temporaryDirectories: string[] = [];
function temporaryProject(files: Record<string, string | Buffer>): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "harden-adversarial-"));
  temporaryDirectories.push(directory);
  fs.writeFileSync(path.join(directory, "package.json"), "{}\n");
  for (const [relative, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(directory, relative)), { recursive: true });
    fs.writeFileSync(path.join(directory, relative), content);
  }
  return directory;
}

function assertOneLineNotices(stderr: string): string[] {
  const lines = stderr.split("\n").filter((line) => line !== "");
  for (const line of lines) assert.match(line, /^\S[^\r]*: \S/, `not a "file: reason" notice: ${JSON.stringify(line.slice(0, 200))}`);
  return lines;
}

const idLine = "export const sessionToken = Date.now().toString();\n";

before(function () {
  // The build: minutes on a loaded 2-core machine.
  this.timeout(300_000);
  execFileSync(process.execPath, [path.join(repoRoot, "esbuild.mjs")], { cwd: repoRoot, stdio: "inherit" });
});

after(function () {
  // 50,000 files among them: on a loaded machine removing them has taken over two minutes.
  this.timeout(600_000);
  for (const directory of temporaryDirectories) fs.rmSync(directory, { recursive: true, force: true });
});

describe("adversarial: broken and extreme source", function () {
  // Each test spawns the CLI, some several times: over mocha's 20 s default on a loaded 2-core machine.
  this.timeout(120_000);
  it("analyses a file with a syntax error at every statement, one statement at a time and all at once", () => {
    const statements = [
      'import express from "express";',
      "const app = express();",
      'app.post("/orders", (req, res) => { res.json({ id: Date.now().toString(), ...req.body }); });',
      "export async function load(url: string) { return fetch(url); }",
      "class Repo { save(x: unknown) { return x; } }",
      "export default app;",
    ];
    const breakages = ["(", "{", "`${", "/*", "'", "<T", "=>", "@"];
    for (const [index, breakage] of breakages.entries()) {
      for (let broken = 0; broken < statements.length; broken++) {
        const text = statements.map((s, i) => (i === broken ? s.slice(0, (index * 7) % s.length) + breakage + s.slice((index * 7) % s.length) : s)).join("\n");
        const result = lintSources([{ filePath: "/project/src/app.ts", text }], defaults, registry);
        assert.deepEqual(result.files.flatMap((f) => f.notices), [], `a rule failed with ${breakage} in statement ${broken}`);
        for (const notice of result.notices) assert.match(notice.message, /^syntax error at \d+:\d+ \([^\n]*\); analysed as far as it parses$/);
      }
    }
    const everyStatementBroken = statements.map((s) => s + " )(").join("\n") + "\n" + idLine;
    const directory = temporaryProject({ "src/app.ts": everyStatementBroken });
    const run = runCli(["check", ".", "--format", "json"], directory);
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    assert.deepEqual(assertOneLineNotices(run.stderr).map((line) => line.split(":")[0]), ["src/app.ts"]);
    assert.ok((JSON.parse(run.stdout) as JsonReport).files[0]!.findings.some((f) => f.ruleId === "timestamp-id" && f.line === 7));
  });

  it("survives 10,000-level nesting of arrays, calls, arrow functions, blocks, templates, JSX and a 20,000-term binary chain", function () {
    this.timeout(120_000);
    const depth = 10_000;
    const shapes: Record<string, string> = {
      "arrays.ts": `export const a = ${"[".repeat(depth)}1${"]".repeat(depth)};`,
      "calls.ts": `export const c = ${"f(".repeat(depth)}1${")".repeat(depth)};`,
      "arrows.ts": `export const g = ${"() => ".repeat(depth)}1;`,
      "blocks.ts": `export function b() { ${"if (x) { ".repeat(depth)}${"}".repeat(depth)} }`,
      "templates.ts": `export const t = ${"`${".repeat(depth)}1${"}`".repeat(depth)};`,
      "objects.ts": `export const o = ${"{ a: ".repeat(depth)}1${" }".repeat(depth)};`,
      "jsx.tsx": `export const j = ${"<a>".repeat(depth)}${"</a>".repeat(depth)};`,
      "chain.ts": `export const sum = ${"1 + ".repeat(20_000)}1;\n${idLine}`,
    };
    for (const [name, text] of Object.entries(shapes)) {
      const result = lintSources([{ filePath: `/project/src/${name}`, text }], defaults, registry);
      const notices = result.notices.concat(result.files.flatMap((f) => f.notices)).map((n) => n.message);
      assert.ok(result.files.length === 1 || notices.includes("skipped: too deeply nested to analyse"), `${name}: ${notices.join("; ")}`);
      for (const message of notices) assert.doesNotMatch(message, /failed on this file|Maximum call stack/, name);
    }
    const chain = lintSources([{ filePath: "/project/src/chain.ts", text: shapes["chain.ts"]! }], defaults, registry);
    assert.deepEqual(chain.files[0]?.findings.map((f) => f.ruleId), ["timestamp-id"], "the file after a long chain is still analysed");
  });

  it("skips a 5 MB minified bundle with a one-line notice and reports the other files", () => {
    const bundle = "!function(){" + "var a=Date.now().toString();".repeat(5 * 1024 * 1024 / 28) + "}();";
    const directory = temporaryProject({ "public/bundle.min.js": bundle, "public/bundle.js": bundle.slice(0, 1_500_000), "src/ids.ts": idLine });
    const run = runCli(["check", ".", "--format", "json"], directory);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(assertOneLineNotices(run.stderr).sort(), ["public/bundle.js: skipped: looks minified", "public/bundle.min.js: skipped: larger than 2 MB"]);
    assert.deepEqual((JSON.parse(run.stdout) as JsonReport).files.map((f) => f.filePath), ["src/ids.ts"]);
  });

  it("skips bundler output named by a content hash, unminified, and analyses files whose names only look like one", () => {
    const built = "var token = Date.now().toString();\n".repeat(40);
    const directory = temporaryProject({
      "assets/f120c3f4e008f9abcd3a576bd66dd315.js": built,
      "assets/main.3f2a9c1b7d.js": built,
      "src/20190913171451.js": idLine,
      "src/feed2.js": idLine,
      "src/ids.ts": idLine,
    });
    const run = runCli(["check", ".", "--format", "json"], directory);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(assertOneLineNotices(run.stderr).sort(), [
      "assets/f120c3f4e008f9abcd3a576bd66dd315.js: skipped: bundler output (named by a content hash)",
      "assets/main.3f2a9c1b7d.js: skipped: bundler output (named by a content hash)",
    ]);
    assert.deepEqual((JSON.parse(run.stdout) as JsonReport).files.map((f) => f.filePath), ["src/20190913171451.js", "src/feed2.js", "src/ids.ts"]);
  });

  it("analyses an empty file, a BOM-only file and a whitespace-only file without notices", () => {
    const directory = temporaryProject({ "src/empty.ts": "", "src/bom.ts": "\ufeff", "src/blank.js": "\n\r\n\t  \u2028", "src/ids.ts": idLine });
    const run = runCli(["check", ".", "--format", "json"], directory);
    assert.equal(run.stderr, "");
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.deepEqual(report.files.map((f) => f.filePath), ["src/blank.js", "src/bom.ts", "src/empty.ts", "src/ids.ts"]);
    assert.deepEqual(report.files.flatMap((f) => f.findings.map((finding) => finding.ruleId)), ["timestamp-id"]);
  });
});

describe("adversarial: the file system moves underneath", function () {
  // Each test spawns the CLI, some several times: over mocha's 20 s default on a loaded 2-core machine.
  this.timeout(120_000);
  it("gives a notice for a file deleted, and one replaced by a directory, while the project is being read", () => {
    const directory = temporaryProject({ "src/a.ts": idLine, "src/b.ts": idLine, "src/c.ts": idLine, "src/d.ts": idLine });
    const files = findSourceFiles(directory, { root: directory, ignore: [] });
    const loaded = loadSources(files, (done) => {
      if (done !== 1) return;
      fs.rmSync(path.join(directory, "src/b.ts"));
      fs.rmSync(path.join(directory, "src/c.ts"));
      fs.mkdirSync(path.join(directory, "src/c.ts"));
    });
    assert.deepEqual(loaded.sources.map((s) => path.basename(s.filePath)), ["a.ts", "d.ts"]);
    assert.deepEqual(
      loaded.notices.map((n) => `${path.basename(n.filePath)}: ${n.message}`),
      ["b.ts: skipped: cannot read (ENOENT)", "c.ts: skipped: not a regular file"],
    );
  });

  it("never blocks on a named pipe or follows a self-referencing symlink that carry a source extension", function () {
    const directory = temporaryProject({ "src/ids.ts": idLine });
    execFileSync("mkfifo", [path.join(directory, "src/pipe.ts")]);
    fs.symlinkSync("self.ts", path.join(directory, "src/self.ts"));
    fs.symlinkSync(path.join(directory, "src"), path.join(directory, "src/again"));
    const run = runCli(["check", ".", "--format", "json"], directory);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual((JSON.parse(run.stdout) as JsonReport).files.map((f) => f.filePath), ["src/ids.ts"]);
  });

  it("lists and checks 50,000 files in one folder", function () {
    this.timeout(600_000);
    const directory = temporaryProject({});
    fs.mkdirSync(path.join(directory, "src"));
    for (let index = 0; index < 50_000; index++) fs.writeFileSync(path.join(directory, "src", `f${index}.ts`), `export const v${index} = ${index};\n`);
    fs.writeFileSync(path.join(directory, "src", "f50000.ts"), idLine);
    const run = runCli(["check", ".", "--format", "json"], directory);
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.equal(report.files.length, 50_001);
    assert.deepEqual(report.files.flatMap((f) => f.findings.map((finding) => `${f.filePath} ${finding.ruleId}`)), ["src/f50000.ts timestamp-id"]);
  });
});

describe("adversarial: file names", function () {
  // Each test spawns the CLI, some several times: over mocha's 20 s default on a loaded 2-core machine.
  this.timeout(120_000);
  it("keeps a backslash in a name, and escapes control characters on the terminal and in diff headers", function () {
    // Three CLI runs, one of them a fix loop: over mocha's default on a loaded 2-core machine.
    this.timeout(120_000);
    const escape = "\u001b[31m";
    const directory = temporaryProject({ "src/a\\b.ts": idLine, [`src/c${escape}red.ts`]: idLine, "src/a/b.ts": "export {};\n" });
    const json = runCli(["check", ".", "--format", "json"], directory);
    assert.deepEqual((JSON.parse(json.stdout) as JsonReport).files.filter((f) => f.findings.length > 0).map((f) => f.filePath), ["src/a\\b.ts", `src/c${escape}red.ts`]);
    const stylish = runCli(["check", "."], directory);
    assert.ok(!stylish.stdout.includes("\u001b"), stylish.stdout);
    assert.match(stylish.stdout, /^src\/a\\b\.ts$/m);
    assert.match(stylish.stdout, /^src\/c\\x1b\[31mred\.ts$/m);
    const diff = runCli(["check", ".", "--fix-dry-run", "--fix-type", "safe,scaffold"], directory);
    assert.ok(!diff.stdout.includes("\u001b"), diff.stdout);
    const headers = diff.stdout.split("\n").filter((line) => /^(diff|---|\+\+\+) /.test(line));
    assert.deepEqual(headers, [
      'diff --git "a/src/a\\\\b.ts" "b/src/a\\\\b.ts"',
      '--- "a/src/a\\\\b.ts"',
      '+++ "b/src/a\\\\b.ts"',
      'diff --git "a/src/c\\033[31mred.ts" "b/src/c\\033[31mred.ts"',
      '--- "a/src/c\\033[31mred.ts"',
      '+++ "b/src/c\\033[31mred.ts"',
    ]);
  });
});

describe("adversarial: devices, links out of the project and unreadable folders", function () {
  // Each case once hung or read gigabytes; none may take more than a few seconds even on a loaded machine.
  this.timeout(60_000);
  const devices = ["/dev/zero", "/dev/urandom"];

  for (const device of devices) {
    it(`exits 2 with one line when harden.config.json links to ${device}`, () => {
      const directory = temporaryProject({ "src/ids.ts": idLine });
      fs.symlinkSync(device, path.join(directory, "harden.config.json"));
      for (const args of [["check", "."], ["check", ".", "--cache", "--cache-location", path.join(directory, "cache")]]) {
        const run = runCli(args, directory);
        assert.equal(run.status, 2, run.stderr);
        assert.equal(run.stderr, "harden: harden.config.json: not a regular file\n", args.join(" "));
      }
      // `--config` names the file the link leads to.
      const run = runCli(["check", ".", "--config", "harden.config.json"], directory);
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /^harden: \S*dev\/\w+: not a regular file\n$/);
    });

    it(`goes on when package.json and tsconfig.json link to ${device}, with a notice for each file it would read`, () => {
      const directory = temporaryProject({ "src/ids.ts": idLine });
      fs.rmSync(path.join(directory, "package.json"));
      fs.symlinkSync(device, path.join(directory, "package.json"));
      fs.symlinkSync(device, path.join(directory, "tsconfig.json"));
      const run = runCli(["check", ".", "--format", "json"], directory);
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(assertOneLineNotices(run.stderr).sort(), [
        "package.json: a symlink to outside the project; its module aliases are ignored",
        "tsconfig.json: a symlink to outside the project; its module aliases are ignored",
      ]);
      assert.deepEqual((JSON.parse(run.stdout) as JsonReport).files.flatMap((f) => f.findings.map((x) => x.ruleId)), ["timestamp-id"]);
    });
  }

  it("reads no source linked to a device or a /proc file, and refuses a device even when asked for by name", () => {
    const directory = temporaryProject({ "src/ids.ts": idLine });
    for (const [name, target] of [["zero.ts", "/dev/zero"], ["random.ts", "/dev/urandom"], ["pagemap.ts", "/proc/self/pagemap"]] as const) {
      fs.symlinkSync(target, path.join(directory, "src", name));
    }
    const run = runCli(["check", ".", "--format", "json"], directory);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(assertOneLineNotices(run.stderr).sort(), ["src/pagemap.ts", "src/random.ts", "src/zero.ts"].map((file) => `${file}: skipped: a symlink to outside the project; not followed`));
    assert.deepEqual((JSON.parse(run.stdout) as JsonReport).files.map((f) => f.filePath), ["src/ids.ts"]);
    // Read directly, a device is refused before a byte is read, and a /proc file (size 0) is cut at the limit.
    assert.deepEqual(readSourceFile("/dev/zero"), { skipped: "skipped: not a regular file" });
    assert.deepEqual(readSourceFile("/proc/self/pagemap"), { skipped: "skipped: larger than 2 MB" });
  });

  it("walks neither a symlink to / nor one to a folder outside the project, with one notice each", () => {
    const outside = temporaryProject({ "src/leak.ts": idLine });
    const directory = temporaryProject({ "src/ids.ts": idLine });
    fs.symlinkSync("/", path.join(directory, "src/root"));
    fs.symlinkSync(path.join(outside, "src"), path.join(directory, "src/outside"));
    fs.symlinkSync(path.join(outside, "src/leak.ts"), path.join(directory, "src/leak.ts"));
    fs.symlinkSync("ids.ts", path.join(directory, "src/inside.ts")); // inside the project: followed (and listed once)
    const run = runCli(["check", ".", "--format", "json"], directory);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(
      assertOneLineNotices(run.stderr).sort(),
      ["src/leak.ts", "src/outside", "src/root"].map((entry) => `${entry}: skipped: a symlink to outside the project; not followed`),
    );
    assert.deepEqual((JSON.parse(run.stdout) as JsonReport).files.map((f) => f.filePath), ["src/ids.ts"]);
  });

  it("gives a notice for a folder it cannot list", function () {
    const directory = temporaryProject({ "src/ids.ts": idLine, "src/private/more.ts": idLine });
    fs.chmodSync(directory, 0o755);
    fs.chmodSync(path.join(directory, "src/private"), 0o000);
    try {
      // Root reads any folder: the CLI runs as `nobody` then.
      const run = runCli(["check", ".", "--format", "json"], directory, process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {});
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(assertOneLineNotices(run.stderr), ["src/private: skipped: cannot list this folder (EACCES)"]);
      assert.deepEqual((JSON.parse(run.stdout) as JsonReport).files.map((f) => f.filePath), ["src/ids.ts"]);
    } finally {
      fs.chmodSync(path.join(directory, "src/private"), 0o755);
    }
  });

  it("prints one line, not a stack trace, when the working directory was deleted", () => {
    const directory = temporaryProject({});
    const deleted = path.join(directory, "gone");
    fs.mkdirSync(deleted);
    // The shell enters the folder, which is then removed under it.
    const result = spawnSync("sh", ["-c", `cd "${deleted}" && rmdir "${deleted}" && exec "${process.execPath}" "${cliPath}" check .`], { encoding: "utf8" });
    assert.equal(result.status, 2);
    assert.equal(result.stdout, "");
    assert.equal(result.stderr, "harden: the working directory no longer exists; run harden from an existing directory\n");
  });
});

describe("adversarial: configuration", function () {
  // Each test spawns the CLI, some several times: over mocha's 20 s default on a loaded 2-core machine.
  this.timeout(120_000);
  it("goes on when tsconfig.json extends a missing file, itself, or is not JSON (read for its paths: a one-line notice at most)", () => {
    for (const tsconfig of ['{ "extends": "./missing/tsconfig.base.json" }', '{ "extends": "./tsconfig.json" }', "{ extends: ", '{ "extends": "/etc/passwd" }']) {
      const directory = temporaryProject({ "tsconfig.json": tsconfig, "src/ids.ts": idLine });
      const run = runCli(["check", ".", "--format", "json"], directory);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, /^(tsconfig\.json: [^\n]+\n)?$/);
      assert.deepEqual((JSON.parse(run.stdout) as JsonReport).files.flatMap((f) => f.findings.map((x) => x.ruleId)), ["timestamp-id"], tsconfig);
    }
  });

  it("accepts a harden.config.json that starts with a byte-order mark", () => {
    const directory = temporaryProject({ "harden.config.json": '\uFEFF{ "rules": { "timestamp-id": "off" } }\n', "src/ids.ts": idLine });
    const run = runCli(["check", ".", "--format", "json"], directory);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, "");
    assert.deepEqual((JSON.parse(run.stdout) as JsonReport).files.flatMap((f) => f.findings), []);
  });

  const badConfigs: Array<{ name: string; text: string; reason: RegExp }> = [
    { name: "10 MB of valid JSON (200,000 ignore globs)", text: JSON.stringify({ ignore: Array.from({ length: 200_000 }, (_, i) => `generated/${"x".repeat(40)}${i}/**`) }), reason: /^harden: harden\.config\.json: larger than 1 MB[^\n]*\n$/ },
    { name: "10 MB of invalid JSON", text: '{ "ignore": [' + '"a", '.repeat(2_200_000) + "}", reason: /^harden: harden\.config\.json: larger than 1 MB[^\n]*\n$/ },
    { name: "900 KB of invalid JSON", text: '{ "ignore": [' + '"a", '.repeat(180_000) + "}", reason: /^harden: harden\.config\.json: invalid JSON \(.{1,120}\)\n$/ },
    { name: "JSON nested 100,000 deep", text: "[".repeat(100_000) + "]".repeat(100_000), reason: /^harden: harden\.config\.json: (\(root\)|invalid JSON)[^\n]*\n$/ },
    { name: "an empty file", text: "", reason: /^harden: harden\.config\.json: invalid JSON [^\n]*\n$/ },
    { name: "a top-level array", text: "[]", reason: /^harden: harden\.config\.json: \(root\): [^\n]*\n$/ },
    { name: "a rule option of the wrong type", text: '{ "rules": { "timestamp-id": ["warn", "strict"] } }', reason: /^harden: harden\.config\.json: rules\.timestamp-id[^\n]*\n$/ },
    { name: "a glob list holding a number", text: '{ "testGlobs": ["**/*.test.ts", 7] }', reason: /^harden: harden\.config\.json: testGlobs\[1\]: [^\n]*\n$/ },
    { name: "a __proto__ key", text: '{ "__proto__": { "rules": { "hardcoded-secret": "off" } } }', reason: /^harden: harden\.config\.json: [^\n]*__proto__[^\n]*\n$/ },
    { name: "a __proto__ key under rules", text: '{ "rules": { "__proto__": "off" } }', reason: /^harden: harden\.config\.json: rules\.__proto__: "__proto__" is not a valid key\n$/ },
  ];
  for (const { name, text, reason } of badConfigs) {
    it(`exits 2 with one line naming the file and key for ${name}`, function () {
      this.timeout(60_000);
      const directory = temporaryProject({ "harden.config.json": text, "src/ids.ts": idLine });
      const run = runCli(["check", "."], directory);
      assert.equal(run.status, 2, `${run.stdout}${run.stderr}`.slice(0, 300));
      assert.equal(run.stdout, "");
      assert.match(run.stderr, reason);
    });
  }
});
