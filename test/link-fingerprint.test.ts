// A file's summary is its cross-file links and its file-local facts (rules/model/links.ts), and only the links are
// fingerprinted: an edit that changes a file's local facts (a fetch in a helper's body) leaves every other file's cached
// findings valid (CLI cache) and is no cross-file change (language server), while an edit to a link (an exported guard
// that stops rejecting) re-analyses its dependents. The
// split itself is checked on every rule's fixtures: with every file's local facts hidden from the linked project,
// each file's findings stay the same.
import * as assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { resolveConfig } from "../rules/engine/config.js";
import * as engine from "../rules/engine/lint.js";
import type { FactsSupplier } from "../rules/engine/types.js";
import { registry } from "../rules/index.js";
import { lintSources, parseAndSummarize, type SourceText } from "../rules/lint-project.js";
import { fileLocalAppConfig, fileLocalFacts } from "../rules/model/links.js";
import { ProjectModel } from "../rules/model/project-model.js";
import { frameworkFacts } from "../rules/model/rule-facts.js";
import type { FileSummary } from "../rules/model/types.js";
import { lintInParallel } from "../server/host/parallel-lint.js";
import { ProjectHost } from "../server/host/project-host.js";
import { linkFingerprintOf, SummaryCache, type CachedFile } from "../server/host/summary-cache.js";
import { listSourceFiles, loadFixtureConfig } from "./fixture-harness.js";

const root = path.join(os.tmpdir(), "harden-links-project");
const authPath = path.join(root, "src/auth.ts");
const routesPath = path.join(root, "src/routes.ts");

const auth = `import type { NextFunction, Request, Response } from "express";

export function checkCaller(req: Request, res: Response, next: NextFunction) {
  if (!req.session?.userId) return res.status(401).json({ error: "sign in first" });
  next();
}

export async function auditTrail(entry: string) {
  console.info("audit", entry);
}
`;
const routes = `import { Router } from "express";
import { checkCaller } from "./auth";

export const router = Router();

router.delete("/items/:id", checkCaller, async (req, res) => {
  res.json({ removed: req.params.id });
});
`;
/** A local detail: the helper's body now calls an upstream (a local fact: an outbound call, reported in auth.ts only). */
const authWithLocalEdit = auth.replace(`console.info("audit", entry);`, `await fetch("https://audit.example.com/log", { method: "POST", body: entry });`);
/** A link: the exported guard no longer rejects anyone. */
const authWithGuardEdit = authWithLocalEdit.replace(`if (!req.session?.userId) return res.status(401).json({ error: "sign in first" });`, `res.locals.seen = true;`);

function summaryOf(filePath: string, text: string): FileSummary {
  return parseAndSummarize({ filePath, text }).parsed!.summary;
}

/** The summary without where a new env schema key goes: a fix in another file writes at that offset, so it must stay a link. */
function withoutEnvInsertion(summary: FileSummary): FileSummary {
  return summary.envSchema ? { ...summary, envSchema: { ...summary.envSchema, insertion: undefined } } : summary;
}

describe("link fingerprint: only cross-file links invalidate other files", function () {
  this.timeout(120_000);
  const config = resolveConfig({}, registry, root, "(defaults)");
  const cacheDirectory = fs.mkdtempSync(path.join(os.tmpdir(), "harden-links-cache-"));
  after(() => fs.rmSync(cacheDirectory, { recursive: true, force: true }));

  it("keeps a file's link fingerprint through a local edit and changes it when an exported guard changes", () => {
    const before = summaryOf(authPath, auth);
    const local = summaryOf(authPath, authWithLocalEdit);
    assert.notDeepEqual(local.outboundCalls, before.outboundCalls, "the local edit changes the summary");
    assert.equal(linkFingerprintOf(local), linkFingerprintOf(before));
    assert.notEqual(linkFingerprintOf(summaryOf(authPath, authWithGuardEdit)), linkFingerprintOf(local));
  });

  it("keeps every fixture file's link fingerprint when a line above everything shifts each offset in it", () => {
    const fixturesRoot = path.resolve(__dirname, "../test-fixtures");
    const moved: string[] = [];
    let files = 0;
    for (const filePath of listSourceFiles(fixturesRoot)) {
      const text = fs.readFileSync(filePath, "utf8");
      // After a hashbang, which must stay the first line.
      const lineEnd = text.startsWith("#!") ? text.indexOf("\n") + 1 : 0;
      const before = parseAndSummarize({ filePath, text }).parsed?.summary;
      if (!before || (text.startsWith("#!") && lineEnd === 0)) continue;
      files++;
      const after = summaryOf(filePath, `${text.slice(0, lineEnd)}// a line that moves the code below\n${text.slice(lineEnd)}`);
      if (linkFingerprintOf(withoutEnvInsertion(after)) !== linkFingerprintOf(withoutEnvInsertion(before))) moved.push(path.relative(fixturesRoot, filePath));
    }
    assert.ok(files > 500, `${files} fixture files`);
    assert.deepEqual(moved, []);
  });

  it("re-analyses only the edited file after an edit that moves its code", async () => {
    const key = randomBytes(32);
    const helpersPath = path.join(root, "src/helpers.ts");
    // A function that hands its parameter on to another: a router it may be given goes along (a router hand-off at an offset).
    const helpers = `import { checkCaller } from "./auth";\n\nexport function register(router: any) {\n  mountAll(router);\n}\n\nfunction mountAll(target: any) {\n  target.use(checkCaller);\n}\n`;
    const sources = (helpersText: string): SourceText[] => [{ filePath: authPath, text: auth }, { filePath: routesPath, text: routes }, { filePath: helpersPath, text: helpersText }];
    const shared = SummaryCache.open(fs.mkdtempSync(path.join(cacheDirectory, "moved-")), root, "test", key);
    const analysed: string[] = [];
    const store = shared.store.bind(shared);
    shared.store = (filePath: string, entry: CachedFile): void => {
      analysed.push(path.relative(root, filePath));
      store(filePath, entry);
    };
    await lintInParallel(sources(helpers), config, { cache: shared, concurrency: 1 });
    assert.ok(summaryOf(helpersPath, helpers).routerHandOffs?.length, "the helper hands a router on");
    analysed.length = 0;
    const movedSources = sources(`// a line that moves the code below\n${helpers}`);
    const result = await lintInParallel(movedSources, config, { cache: shared, concurrency: 1 });
    assert.deepEqual(analysed, ["src/helpers.ts"]);
    assert.deepEqual(result, lintSources(movedSources, config, registry), "the cached run reports as an uncached one");
  });

  it("re-analyses only the edited file after a local edit, and its dependents after a link edit", async () => {
    const key = randomBytes(32);
    /** Lints from the cache, as `harden check --cache` does; returns the findings and the files whose analysis was stored again. */
    const run = async (authText: string): Promise<{ findings: string[]; analysed: string[] }> => {
      const cache = SummaryCache.open(cacheDirectory, root, "test", key);
      const analysed: string[] = [];
      const store = cache.store.bind(cache);
      cache.store = (filePath: string, entry: CachedFile): void => {
        analysed.push(path.relative(root, filePath));
        store(filePath, entry);
      };
      const sources: SourceText[] = [{ filePath: authPath, text: authText }, { filePath: routesPath, text: routes }];
      const result = await lintInParallel(sources, config, { cache, concurrency: 1 });
      assert.deepEqual(result, lintSources(sources, config, registry), "the cached run reports as an uncached one");
      return { findings: result.files.flatMap((file) => file.findings.map((finding) => `${path.relative(root, file.filePath)} ${finding.ruleId}`)), analysed: analysed.sort() };
    };

    assert.deepEqual((await run(auth)).analysed, ["src/auth.ts", "src/routes.ts"]);
    assert.deepEqual(await run(authWithLocalEdit), { findings: ["src/auth.ts missing-timeout"], analysed: ["src/auth.ts"] });
    assert.deepEqual(await run(authWithGuardEdit), { findings: ["src/auth.ts missing-timeout", "src/routes.ts missing-auth"], analysed: ["src/auth.ts", "src/routes.ts"] });
  });

  it("tells the language server a local edit changed no cross-file fact, and a guard edit did", () => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "harden-links-host-"));
    try {
      const onDisk = (filePath: string): string => path.join(workspace, path.relative(root, filePath));
      fs.mkdirSync(path.join(workspace, "src"));
      fs.writeFileSync(path.join(workspace, "package.json"), JSON.stringify({ name: "links", dependencies: { express: "^4.0.0" } }));
      fs.writeFileSync(onDisk(authPath), auth);
      fs.writeFileSync(onDisk(routesPath), routes);
      const host = new ProjectHost(registry);
      const rulesIn = (filePath: string): string[] => host.analyze(onDisk(filePath))!.findings.map((finding) => finding.ruleId);
      assert.deepEqual(rulesIn(routesPath), []);
      while (!host.load(50));

      assert.equal(host.setOverlay(onDisk(authPath), authWithLocalEdit), false, "a local edit: only the edited document is linted again");
      assert.deepEqual(rulesIn(authPath), ["missing-timeout"]);
      assert.equal(host.setOverlay(onDisk(authPath), authWithGuardEdit), true, "a guard edit: its dependents are linted again");
      assert.deepEqual(rulesIn(routesPath), ["missing-auth"]);
    } finally {
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  });
});

/** The summary with its file-local facts emptied, as another file must be able to see it without a change. */
function withoutLocalFacts(summary: FileSummary): FileSummary {
  const hidden: FileSummary = { ...summary, outboundCalls: [] };
  for (const field of fileLocalFacts) if (field !== "outboundCalls") delete hidden[field];
  if (summary.appConfig) hidden.appConfig = { ...summary.appConfig, ...Object.fromEntries(fileLocalAppConfig.map((field) => [field, []])) };
  return hidden;
}

/** The model, linked from summaries whose local facts are hidden; each file's own analysis still gets its full summary. */
const localFactsHidden: FactsSupplier = {
  summarize: frameworkFacts.summarize,
  link: (files, settings) => new ProjectModel((files as FileSummary[]).map(withoutLocalFacts), settings),
};

function hasLocalFacts(summary: FileSummary): boolean {
  const values = [...fileLocalFacts.map((field) => summary[field]), ...fileLocalAppConfig.map((field) => summary.appConfig?.[field])];
  return values.some((value) => Array.isArray(value) && value.length > 0);
}

describe("link fingerprint: file-local facts reach only their own file's findings", function () {
  this.timeout(600_000);
  const fixturesRoot = path.resolve(__dirname, "../test-fixtures");
  const projects = [
    ...fs.readdirSync(path.join(fixturesRoot, "rules")).map((name) => path.join(fixturesRoot, "rules", name)),
    ...["demo", "express-pack", "cli-basic"].map((name) => path.join(fixturesRoot, "workspaces", name)),
  ].filter((directory) => fs.existsSync(directory));
  let filesWithLocalFacts = 0;

  for (const directory of projects) {
    it(`${path.relative(fixturesRoot, directory)}: the same findings with every file's local facts hidden from the project`, () => {
      const sources = listSourceFiles(directory).map((filePath) => ({ filePath, text: fs.readFileSync(filePath, "utf8") }));
      const config = loadFixtureConfig(directory, registry);
      const full = lintSources(sources, config, registry);
      filesWithLocalFacts += sources.filter((source) => {
        const parsed = parseAndSummarize(source).parsed;
        return parsed !== undefined && hasLocalFacts(parsed.summary);
      }).length;
      assert.deepEqual(engine.lintSources(sources, config, registry, localFactsHidden), full);
    });
  }

  it("saw local facts to hide", () => {
    assert.ok(filesWithLocalFacts > 20, `${filesWithLocalFacts} files with local facts`);
  });
});
