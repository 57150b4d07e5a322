// The server's host and log with a rule that throws: the rule is skipped for that file and reported once in the
// output with its id and the file, and every other rule keeps reporting. The bundled server cannot be given a
// throwing rule, so this drives the same ProjectHost and ServerLog the server composes. Also the host on its own:
// findings before a project is loaded, incremental re-parsing of open documents, and the on-disk summary cache (which
// it trusts only when this user's key authenticates it).
import * as assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { ts } from "ts-morph";
import type { Connection } from "vscode-languageserver";
import { defineRule } from "../rules/engine/types.js";
import { registry } from "../rules/index.js";
import { findModuleAliasFilesAlong } from "../server/host/module-alias-files.js";
import { changeRangeBetween, ProjectHost, type DiskCache, type HostAnalysis, type LoadReport } from "../server/host/project-host.js";
import { hashText } from "../server/host/summary-cache.js";
import { ServerLog } from "../server/lsp/server-log.js";
import { fixedSeed } from "./fuzz/properties.js";
import { assertEditsMatchFreshAnalysis, copyFixtureWorkspace, findingsOf, loadAll } from "./host-edits.js";

const throwsOnClasses = defineRule({
  id: "throws-on-classes",
  meta: { category: "correctness", severity: "warn", needsTypes: false, fix: "none", summary: "Throws.", messages: { never: "never" } },
  check: () => ({
    [ts.SyntaxKind.ClassDeclaration]() {
      throw new Error("cannot handle classes");
    },
  }),
});

describe("language server host: a rule that throws", () => {
  let workspace: string;

  beforeEach(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), "harden-host-"));
    fs.writeFileSync(path.join(workspace, "package.json"), '{ "name": "host-test" }\n');
    fs.mkdirSync(path.join(workspace, "src"));
  });

  afterEach(() => fs.rmSync(workspace, { recursive: true, force: true }));

  it("is skipped for the file, reported once with its id and the file, and the other rules keep working", () => {
    const filePath = path.join(workspace, "src/orders.ts");
    const text = "export class Orders {}\nexport const sessionToken = Date.now().toString();\n";
    fs.writeFileSync(filePath, text);
    const warnings: string[] = [];
    const connection = { console: { warn: (line: string) => warnings.push(line), info: () => {}, error: () => {} } } as unknown as Connection;
    const log = new ServerLog(connection);
    const host = new ProjectHost([...registry, throwsOnClasses]);

    for (const edit of [text, text + "// edited\n", text + "// edited again\n"]) {
      host.setOverlay(filePath, edit);
      const analysis = host.analyze(filePath);
      assert.ok(analysis);
      log.noticesOnce(analysis.notices);
      assert.deepEqual(analysis.findings.map((f) => f.ruleId), ["timestamp-id"]);
    }

    assert.equal(warnings.length, 1, warnings.join("\n"));
    assert.match(warnings[0]!, /src\/orders\.ts: rule throws-on-classes failed on this file and was skipped for it: cannot handle classes$/);
  });
});

describe("language server host: loading, incremental parsing and the summary cache", function () {
  this.timeout(60_000);
  const demo = path.resolve(__dirname, "../test-fixtures/workspaces/demo");
  let workspace: string;

  beforeEach(() => {
    workspace = copyFixtureWorkspace(demo, "harden-host-");
  });

  afterEach(() => fs.rmSync(workspace, { recursive: true, force: true }));


  it("before its project is loaded, gives a file only findings that the loaded project gives too", () => {
    // orders.ts: missing-auth because index.ts mounts it without a guard; refunds.ts: mounted behind requireAuth, none.
    for (const [file, crossFile] of [["server/routes/orders.ts", true], ["server/routes/refunds.ts", false]] as const) {
      const filePath = path.join(workspace, file);
      const host = new ProjectHost(registry);
      host.setOverlay(filePath, fs.readFileSync(filePath, "utf8"));
      const early = host.analyze(filePath);
      loadAll(host);
      const full = host.analyze(filePath);
      assert.equal(early?.complete, false);
      assert.equal(full?.complete, true);
      const fullFindings = findingsOf(full);
      for (const finding of findingsOf(early)) assert.ok(fullFindings.includes(finding), `${file}: early ${finding} is not among the full findings`);
      assert.ok(!early!.findings.some((finding) => finding.ruleId === "missing-auth"), `${file}: missing-auth before the mounts are known`);
      assert.equal(full!.findings.some((finding) => finding.ruleId === "missing-auth"), crossFile, file);
      if (crossFile) assert.ok(early!.findings.some((finding) => finding.ruleId === "timestamp-id"), "a file-local finding shows before the load");
    }
  });

  it("before its project is loaded, knows a file's package and runtime from the setup files along its folders alone", () => {
    const edge = path.join(workspace, "packages/edge");
    fs.mkdirSync(path.join(edge, "src"), { recursive: true });
    fs.writeFileSync(path.join(edge, "package.json"), '{ "name": "edge", "dependencies": { "hono": "^4.0.0" } }\n');
    fs.writeFileSync(path.join(edge, "wrangler.toml"), 'name = "edge"\n');
    const filePath = path.join(edge, "src/index.ts");
    // The session rides in a cookie, so the credentialed echo of every origin is reported (and fixed).
    fs.writeFileSync(filePath, 'import { Hono } from "hono";\nimport { cors } from "hono/cors";\nimport { getCookie } from "hono/cookie";\n\nconst app = new Hono();\napp.use("/session/*", cors({ origin: (origin) => origin, credentials: true }));\napp.get("/session/me", (c) => c.json({ user: getCookie(c, "sid") ?? null }));\nexport default app;\n');
    const host = new ProjectHost(registry);
    host.setOverlay(filePath, fs.readFileSync(filePath, "utf8"));
    const early = host.analyze(filePath);
    loadAll(host);
    const full = host.analyze(filePath);
    const corsFixOf = (analysis: HostAnalysis | undefined): string | undefined =>
      analysis?.findings.find((finding) => finding.ruleId === "permissive-cors")?.fixes.flatMap((fix) => fix.edits.map((edit) => edit.newText)).join("\n");
    assert.equal(early?.complete, false);
    assert.match(corsFixOf(early) ?? "", /c\.env\.ALLOWED_ORIGINS/, "the Worker's binding, known before the load");
    assert.equal(corsFixOf(early), corsFixOf(full));
  });

  it("lists the setup files of a file's folders up to the root, without walking the others or build output", () => {
    fs.mkdirSync(path.join(workspace, "packages/api/src/routes"), { recursive: true });
    fs.mkdirSync(path.join(workspace, "packages/web"), { recursive: true });
    fs.mkdirSync(path.join(workspace, "dist/packages"), { recursive: true });
    for (const file of ["packages/api/package.json", "packages/api/tsconfig.build.json", "packages/api/src/routes/jsconfig.json", "packages/web/package.json", "dist/packages/package.json"]) {
      fs.writeFileSync(path.join(workspace, file), "{}\n");
    }
    const along = (file: string): string[] => findModuleAliasFilesAlong(workspace, path.join(workspace, file)).map((filePath) => path.relative(workspace, filePath));
    const rootFiles = along("index.ts");
    assert.ok(rootFiles.includes("package.json"), rootFiles.join(", "));
    assert.deepEqual(along("packages/api/src/routes/users.ts"), [...rootFiles, "packages/api/package.json", "packages/api/src/routes/jsconfig.json", "packages/api/tsconfig.build.json"].sort());
    assert.deepEqual(along("dist/packages/index.js"), rootFiles);
  });

  it("tells whether a project is small without listing more of a large one than the answer needs", () => {
    const filePath = path.join(workspace, "server/routes/orders.ts");
    const host = new ProjectHost(registry);
    host.setOverlay(filePath, fs.readFileSync(filePath, "utf8"));
    const sources = host.filesOf(workspace).length;
    assert.ok(sources > 3, `the demo has ${sources} files`);
    assert.equal(host.hasAtMostUnread(1), false);
    assert.equal(host.hasAtMostUnread(sources), true);
    loadAll(host);
    assert.equal(host.hasAtMostUnread(0), true);
  });

  it("re-parses an open document incrementally with the findings of a fresh parse", () => {
    const filePath = path.join(workspace, "server/routes/orders.ts");
    const snippets = ["", "\n", "{", "}", "(", ")", '"', "`", "/*", "//", "Date.now().toString()", "await fetch(url)", "requireAuth, ", "// harden-ignore-next-line timestamp-id -- test\n", "é"];
    assertEditsMatchFreshAnalysis(filePath, fs.readFileSync(filePath, "utf8"), snippets, { maxDeleted: 20, maxEdits: 12, numRuns: 25 });
  });

  it("hands the incremental parser the smallest changed range, also where the texts differ near or across a compared chunk's edge", () => {
    // Text of a few letters, often one short pattern repeated: the trimmed prefix and suffix then run into the
    // inserted text, and chunks shifted by the edit compare equal.
    const letters = fc.string({ unit: fc.constantFrom("a", "b", "\n"), maxLength: 1_200 });
    const repeated = fc.tuple(fc.string({ unit: fc.constantFrom("a", "b"), minLength: 1, maxLength: 3 }), fc.nat({ max: 500 })).map(([pattern, count]) => pattern.repeat(count));
    const text = fc.oneof(letters, repeated);
    fc.assert(
      fc.property(text, fc.nat(), fc.nat({ max: 600 }), text, (before, at, deleted, inserted) => {
        const start = at % (before.length + 1);
        const after = before.slice(0, start) + inserted + before.slice(start + deleted);
        const range = changeRangeBetween(before, after);
        const { start: from, length } = range.span;
        // Applying the range to the old text gives the new one, and no shorter range does: the ends differ.
        assert.equal(before.slice(0, from) + after.slice(from, from + range.newLength) + before.slice(from + length), after);
        if (length > 0 && range.newLength > 0) {
          assert.notEqual(before[from], after[from]);
          assert.notEqual(before[from + length - 1], after[from + range.newLength - 1]);
        }
      }),
      { seed: fixedSeed, numRuns: 400 },
    );
  });

  it("reloads a project when a file declaring its module aliases changes (any tsconfig*.json, package.json, pnpm-workspace.yaml)", () => {
    const filePath = path.join(workspace, "server/routes/orders.ts");
    const host = new ProjectHost(registry);
    host.setOverlay(filePath, fs.readFileSync(filePath, "utf8"));
    loadAll(host);
    for (const name of ["tsconfig.base.json", "apps/api/package.json", "pnpm-workspace.yaml"]) {
      assert.equal(host.fileChangedOnDisk(path.join(workspace, name)), true, name);
      assert.equal(host.analyze(filePath)?.complete, false, `${name}: the project is loaded again`);
      loadAll(host);
    }
    assert.equal(host.fileChangedOnDisk(path.join(workspace, "README.md")), false);
  });

  it("puts a file in the project a config file made for its folder, though it remembers each path's project", () => {
    const filePath = path.join(workspace, "server/routes/orders.ts");
    const host = new ProjectHost(registry);
    host.setOverlay(filePath, fs.readFileSync(filePath, "utf8"));
    assert.equal(host.rootOf(filePath), workspace);
    const configPath = path.join(workspace, "server/routes/harden.config.json");
    fs.writeFileSync(configPath, "{}\n");
    assert.equal(host.fileChangedOnDisk(configPath), true);
    assert.equal(host.rootOf(filePath), path.dirname(configPath));
  });

  const runWithCache = (filePath: string, diskCache: DiskCache | undefined): { report: LoadReport; findings: string[] } => {
    const host = new ProjectHost(registry, { diskCache });
    let report: LoadReport | undefined;
    host.onProjectComplete((loaded) => (report = loaded));
    host.setOverlay(filePath, fs.readFileSync(filePath, "utf8"));
    loadAll(host);
    return { report: report!, findings: findingsOf(host.analyze(filePath)) };
  };

  it("writes the summary cache once a project is loaded (when it has node_modules) and starts warm from it", () => {
    const filePath = path.join(workspace, "server/routes/orders.ts");
    const cacheDirectory = path.join(workspace, "node_modules/.cache/harden");
    const diskCache = { version: "test", key: randomBytes(32) };

    runWithCache(filePath, diskCache);
    assert.ok(!fs.existsSync(cacheDirectory), "no cache is written into a project without node_modules");
    fs.mkdirSync(path.join(workspace, "node_modules"));
    const cold = runWithCache(filePath, diskCache);
    assert.equal(cold.report.cachedFiles, 0);
    assert.ok(fs.readdirSync(cacheDirectory).length > 0, "the cache is written");
    const warm = runWithCache(filePath, diskCache);
    // The open document's own disk file is summarised from its text before the cache is opened.
    assert.equal(warm.report.cachedFiles, warm.report.files - 1);
    assert.equal(warm.report.cacheRejected, undefined);
    assert.deepEqual(warm.findings, cold.findings);
  });

  it("ignores, with one notice, a summary cache this user's key does not authenticate: a forged guard never hides a route", () => {
    const filePath = path.join(workspace, "server/routes/orders.ts");
    const indexPath = path.join(workspace, "server/index.ts");
    const unguarded = fs.readFileSync(indexPath, "utf8");
    const missingAuth = (findings: string[]): boolean => findings.some((finding) => finding.includes("missing-auth"));
    const diskCache = { version: "test", key: randomBytes(32) };
    fs.mkdirSync(path.join(workspace, "node_modules"));

    // A real cache of the project with the orders router mounted behind requireAuth ...
    fs.writeFileSync(indexPath, unguarded.replace('app.use("/api/orders", ordersRouter)', 'app.use("/api/orders", requireAuth, ordersRouter)'));
    assert.ok(!missingAuth(runWithCache(filePath, diskCache).findings), "guarded");
    const cacheDirectory = path.join(workspace, "node_modules/.cache/harden");
    const cacheFile = path.join(cacheDirectory, fs.readdirSync(cacheDirectory).find((name) => name.endsWith(".json"))!);
    const written = fs.readFileSync(cacheFile, "utf8");
    fs.writeFileSync(indexPath, unguarded);
    const expected = runWithCache(filePath, undefined).findings;
    assert.ok(missingAuth(expected), "unguarded");

    // ... whose guarded summary is then claimed for the unguarded text, signed or not.
    const macLine = written.slice(0, written.indexOf("\n"));
    const contents = JSON.parse(written.slice(macLine.length + 1)) as { files: Record<string, { contentHash: string }> };
    contents.files[indexPath]!.contentHash = hashText(unguarded);
    for (const forged of [JSON.stringify(contents), `${macLine}\n${JSON.stringify(contents)}`]) {
      fs.writeFileSync(cacheFile, forged);
      const { report, findings } = runWithCache(filePath, diskCache);
      assert.deepEqual(findings, expected);
      assert.equal(report.cachedFiles, 0);
      assert.deepEqual(report.cacheRejected, { filePath: cacheFile, message: "cache not written by this user's Harden; ignored" });
    }
    // The load wrote the cache again, authenticated: another user's key (another user's Harden) does not trust it.
    assert.equal(runWithCache(filePath, diskCache).report.cacheRejected, undefined);
    assert.ok(runWithCache(filePath, { version: "test", key: randomBytes(32) }).report.cacheRejected);
  });
});
