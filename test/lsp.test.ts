// LSP protocol tests: spawn the bundled dist/server.js over stdio and speak JSON-RPC to it as an editor would.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { CancellationTokenSource, type CodeAction, type Diagnostic, type DocumentDiagnosticReport, type PublishDiagnosticsParams } from "vscode-languageserver-protocol/node";
import { applyWorkspaceEdit } from "./lsp/apply-edit";
import { LspTestClient, serverPath, uriOf } from "./lsp/lsp-client";
import { hashText } from "../server/host/summary-cache.js";
import { copyFixtureWorkspace } from "./host-edits.js";

const fixtures = path.resolve(__dirname, "../test-fixtures");

function copyToTemp(source: string): string {
  return copyFixtureWorkspace(source, "harden-lsp-");
}

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => String(diagnostic.code));
}

function summarize(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`).sort();
}

describe("language server (dist/server.js --stdio)", function () {
  // Generous: each test starts servers and loads projects, on a machine other work may be loading.
  this.timeout(120_000);
  let client: LspTestClient | undefined;
  let workspace: string;

  before(() => assert.ok(fs.existsSync(serverPath), "dist/server.js is missing: run npm run build"));
  afterEach(async () => {
    if (client && client.child.exitCode === null) await client.stop();
    client = undefined;
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  describe("push diagnostics (a client without LSP 3.17 pull)", () => {
    beforeEach(async () => {
      workspace = copyToTemp(path.join(fixtures, "rules/missing-timeout"));
      client = await LspTestClient.start({ workspace, pullDiagnostics: false });
    });

    it("publishes findings with source, code, docs link and precise range on didOpen, and clears them once fixed", async () => {
      const filePath = path.join(workspace, "db.ts");
      const uri = await client!.open(filePath, fs.readFileSync(filePath, "utf8"));
      const [diagnostic, ...others] = await client!.pushedDiagnostics(uri, (d) => d.length > 0);
      assert.deepEqual(others, []);
      assert.equal(diagnostic!.source, "harden");
      assert.equal(diagnostic!.code, "missing-timeout");
      assert.match(diagnostic!.codeDescription!.href as string, /rules\/docs\/missing-timeout\.md$/);
      assert.deepEqual(diagnostic!.range.start, { line: 3, character: 20 });

      await client!.replaceText(uri, fs.readFileSync(path.join(workspace, "db.fixed.ts"), "utf8"));
      assert.deepEqual(await client!.pushedDiagnostics(uri, (d) => d.length === 0), []);
    });

    it("offers the rule's fix as a preferred quick fix whose edit gives the fixed snapshot", async () => {
      const filePath = path.join(workspace, "db.ts");
      const uri = await client!.open(filePath, fs.readFileSync(filePath, "utf8"));
      const diagnostics = await client!.pushedDiagnostics(uri, (d) => d.length > 0);
      const actions: CodeAction[] = await client!.connection.sendRequest("textDocument/codeAction", {
        textDocument: { uri },
        range: diagnostics[0]!.range,
        context: { diagnostics, only: ["quickfix"] },
      });
      const fix = actions.find((action) => action.isPreferred);
      assert.ok(fix?.edit, `no preferred fix among ${actions.map((a) => a.title).join(", ")}`);
      assert.ok(actions.some((action) => action.title.startsWith("Ignore missing-timeout on this line")));
      assert.ok(actions.some((action) => action.command?.command === "harden.openRuleDocs"));
      applyWorkspaceEdit(fix.edit);
      const fixed = fs.readFileSync(filePath, "utf8");
      assert.equal(fixed, fs.readFileSync(path.join(workspace, "db.fixed.ts"), "utf8"));
      await client!.replaceText(uri, fixed);
      await client!.pushedDiagnostics(uri, (d) => d.length === 0);
    });

    it("inserts a suppression with a reason placeholder above the finding, which silences it", async () => {
      const filePath = path.join(workspace, "db.ts");
      const uri = await client!.open(filePath, fs.readFileSync(filePath, "utf8"));
      const diagnostics = await client!.pushedDiagnostics(uri, (d) => d.length > 0);
      const actions: CodeAction[] = await client!.connection.sendRequest("textDocument/codeAction", {
        textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics },
      });
      applyWorkspaceEdit(actions.find((action) => action.title.includes("on this line"))!.edit!);
      const text = fs.readFileSync(filePath, "utf8");
      assert.match(text, /\/\/ harden-ignore-next-line missing-timeout -- TODO: say why this is safe\nexport const pool/);
      await client!.replaceText(uri, text);
      await client!.pushedDiagnostics(uri, (d) => !codes(d).includes("missing-timeout"));
    });

    it("analyses a burst of edits once, at its last version, with the findings of a fresh analysis", async () => {
      const filePath = path.join(workspace, "db.ts");
      const original = fs.readFileSync(filePath, "utf8");
      const uri = await client!.open(filePath, original);
      await client!.pushedDiagnostics(uri, (d) => d.length > 0);
      const edits = 30;
      let text = original;
      const sent: Array<Promise<number>> = [];
      for (let edit = 1; edit <= edits; edit++) {
        text = original + `\n// edit ${edit}\n` + (edit % 3 === 0 ? "export const jobToken = Date.now().toString();\n" : "");
        sent.push(client!.replaceText(uri, text)); // not awaited: the edits reach the server together, as a fast typist's would
      }
      const last = (await Promise.all(sent)).at(-1)!;
      const final = await client!.completePushedDiagnostics(uri, last);
      const analysed = new Set(client!.published.filter((p) => p.uri === uri && p.version !== 1 && p.version !== last).map((p) => p.version)).size;
      assert.ok(analysed < edits / 2, `${analysed} of ${edits} superseded versions were analysed`);

      const fresh = await LspTestClient.start({ workspace, pullDiagnostics: false });
      try {
        const freshUri = await fresh.open(filePath, text);
        const expected = await fresh.completePushedDiagnostics(freshUri);
        assert.deepEqual(summarize(final), summarize(expected));
        assert.equal(final.filter((d) => d.code === "timestamp-id").length, 1, "the last version's own finding");
      } finally {
        await fresh.stop();
      }
    });

    it("exits with code 0 on shutdown and exit", async () => {
      assert.equal(await client!.stop(), 0);
    });
  });

  describe("push diagnostics across files", () => {
    beforeEach(async () => {
      workspace = copyToTemp(path.join(fixtures, "workspaces/demo"));
      client = await LspTestClient.start({ workspace, pullDiagnostics: false });
    });

    it("mounting the guard in server/index.ts re-publishes the open routes file without missing-auth, and unmounting brings it back", async () => {
      const routesUri = await client!.open(path.join(workspace, "server/routes/orders.ts"), fs.readFileSync(path.join(workspace, "server/routes/orders.ts"), "utf8"));
      const indexText = fs.readFileSync(path.join(workspace, "server/index.ts"), "utf8");
      const indexUri = await client!.open(path.join(workspace, "server/index.ts"), indexText);
      await client!.pushedDiagnostics(routesUri, (d) => codes(d).includes("missing-auth"));
      await client!.pushedDiagnostics(indexUri, () => true);
      const guarded = indexText.replace('app.use("/api/orders", ordersRouter)', 'app.use("/api/orders", requireAuth, ordersRouter)');
      assert.notEqual(guarded, indexText);
      await client!.replaceText(indexUri, guarded);
      const withGuard = await client!.pushedDiagnostics(routesUri, (d) => !codes(d).includes("missing-auth"));
      assert.ok(codes(withGuard).includes("timestamp-id"), "the routes file keeps its other findings");
      await client!.replaceText(indexUri, indexText);
      await client!.pushedDiagnostics(routesUri, (d) => codes(d).includes("missing-auth"));
    });
  });

  describe("cold start on a larger project", () => {
    beforeEach(() => {
      workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "harden-lsp-")));
      execFileSync(process.execPath, [path.resolve(__dirname, "../bench/generate.mjs"), workspace, "--files", "400"], { stdio: "ignore" });
      fs.mkdirSync(path.join(workspace, ".git"));
      // A router whose guard is mounted in another file: missing-auth there would be a cross-file false positive.
      fs.writeFileSync(
        path.join(workspace, "src/routes/refunds-routes.ts"),
        ['import { Router } from "express";', "", "export const refundsRouter = Router();", "", 'refundsRouter.post("/refunds", async (req, res) => {', "  const refundToken = Date.now().toString();", "  res.status(201).json({ refundToken });", "});", ""].join("\n"),
      );
      fs.writeFileSync(
        path.join(workspace, "src/app.ts"),
        ['import express from "express";', 'import { requireAuth } from "./lib/auth";', 'import { refundsRouter } from "./routes/refunds-routes";', "", "const app = express();", 'app.use("/api", requireAuth, refundsRouter);', "app.listen(3000);", ""].join("\n"),
      );
    });

    it("publishes the open file's file-local findings before the project is loaded, and never one the loaded project does not give", async () => {
      client = await LspTestClient.start({ workspace, pullDiagnostics: false });
      const filePath = path.join(workspace, "src/routes/refunds-routes.ts");
      const loaded = client.next<{ message: string }>("window/logMessage", (p) => /files loaded in/.test(p.message), 60_000);
      const uri = await client.open(filePath, fs.readFileSync(filePath, "utf8"));
      await loaded;
      const publishedBeforeLoad = client.published.filter((p) => p.uri === uri).length;
      const final = await client.next<PublishDiagnosticsParams>("textDocument/publishDiagnostics", (p) => p.uri === uri, 30_000);
      const all = client.published.filter((p) => p.uri === uri);
      assert.ok(publishedBeforeLoad > 0, "diagnostics were published before the project was loaded");
      const finalFindings = summarize(final.diagnostics);
      for (const early of all) for (const finding of summarize(early.diagnostics)) assert.ok(finalFindings.includes(finding), `published early but not by the loaded project: ${finding}`);
      assert.ok(codes(all[0]!.diagnostics).includes("timestamp-id"), "the file-local finding is published first");
      assert.ok(!all.some((p) => codes(p.diagnostics).includes("missing-auth")), "missing-auth on a router mounted behind requireAuth");
    });

    it("answers a pull before the project is loaded with file-local findings, then asks the client to pull again", async () => {
      client = await LspTestClient.start({ workspace, pullDiagnostics: true });
      const filePath = path.join(workspace, "src/routes/refunds-routes.ts");
      const refreshed = client.next("workspace/diagnostic/refresh", () => true, 60_000);
      const uri = await client.open(filePath, fs.readFileSync(filePath, "utf8"));
      const pull = async (): Promise<string[]> => {
        const report: DocumentDiagnosticReport = await client!.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
        return report.kind === "full" ? summarize(report.items) : [];
      };
      const early = await pull();
      await refreshed;
      const full = await pull();
      assert.ok(early.some((finding) => finding.includes("timestamp-id")), early.join("\n"));
      for (const finding of early) assert.ok(full.includes(finding), `pulled early but not from the loaded project: ${finding}`);
      assert.ok(!full.some((finding) => finding.includes("missing-auth")));
    });
  });

  describe("workspace caches: read and written only in a trusted workspace, and only when this user's Harden wrote them", () => {
    let xdgCacheHome: string;
    beforeEach(() => {
      workspace = copyToTemp(path.join(fixtures, "workspaces/demo"));
      fs.mkdirSync(path.join(workspace, "node_modules"));
      xdgCacheHome = fs.mkdtempSync(path.join(os.tmpdir(), "harden-lsp-xdg-"));
    });
    afterEach(() => fs.rmSync(xdgCacheHome, { recursive: true, force: true }));

    /** The open routes file's diagnostics once its project is loaded, and the server's log, from a server started for this alone. */
    const diagnosticsOfRoutes = async (workspaceTrusted?: boolean): Promise<{ diagnostics: string[]; logs: string[] }> => {
      const started = await LspTestClient.start({ workspace, pullDiagnostics: false, initializationOptions: { workspaceTrusted }, env: { XDG_CACHE_HOME: xdgCacheHome } });
      client = started;
      const loaded = started.next<{ message: string }>("window/logMessage", (p) => /files loaded in/.test(p.message));
      const filePath = path.join(workspace, "server/routes/orders.ts");
      const uri = await started.open(filePath, fs.readFileSync(filePath, "utf8"));
      await loaded;
      const diagnostics = summarize(await started.pushedDiagnostics(uri, () => true));
      await started.stop();
      return { diagnostics, logs: started.logs };
    };
    const summariesFromCache = (logs: readonly string[]): number => Number(/\((\d+) summaries from the cache\)/.exec(logs.find((line) => /files loaded in/.test(line))!)![1]);

    it("ignores, with one line in the log, a cache whose guard was forged for an unguarded mount", async () => {
      const indexPath = path.join(workspace, "server/index.ts");
      const unguarded = fs.readFileSync(indexPath, "utf8");
      fs.writeFileSync(indexPath, unguarded.replace('app.use("/api/orders", ordersRouter)', 'app.use("/api/orders", requireAuth, ordersRouter)'));
      const guarded = await diagnosticsOfRoutes(true);
      assert.ok(!guarded.diagnostics.some((d) => d.includes("missing-auth")), guarded.diagnostics.join("\n"));
      const cacheDirectory = path.join(workspace, "node_modules/.cache/harden");
      const cacheFile = path.join(cacheDirectory, fs.readdirSync(cacheDirectory).find((name) => name.endsWith(".json"))!);

      // The guarded summary of server/index.ts is claimed for its unguarded text.
      fs.writeFileSync(indexPath, unguarded);
      const written = fs.readFileSync(cacheFile, "utf8");
      const macLine = written.slice(0, written.indexOf("\n"));
      const contents = JSON.parse(written.slice(macLine.length + 1)) as { files: Record<string, { contentHash: string }> };
      contents.files[indexPath]!.contentHash = hashText(unguarded);
      fs.writeFileSync(cacheFile, `${macLine}\n${JSON.stringify(contents)}`);

      const forged = await diagnosticsOfRoutes(true);
      assert.ok(forged.diagnostics.some((d) => d.includes("missing-auth")), forged.diagnostics.join("\n"));
      assert.deepEqual(forged.diagnostics, (await diagnosticsOfRoutes(false)).diagnostics);
      assert.deepEqual(forged.logs.filter((line) => line.includes("cache")), [
        `${cacheFile}: cache not written by this user's Harden; ignored`,
        ...forged.logs.filter((line) => /files loaded in/.test(line)),
      ]);
      assert.equal(summariesFromCache(forged.logs), 0);
      const rewritten = await diagnosticsOfRoutes(true);
      assert.ok(summariesFromCache(rewritten.logs) > 0, "the cache was written again, authenticated, and is used");
      assert.ok(!rewritten.logs.some((line) => line.includes("not written by")));
    });

    it("neither reads nor writes the workspace's cache unless the client says the workspace is trusted", async () => {
      const cacheDirectory = path.join(workspace, "node_modules/.cache/harden");
      const trusted = await diagnosticsOfRoutes(true);
      assert.ok(fs.existsSync(cacheDirectory), "a trusted workspace's cache is written");
      assert.ok(summariesFromCache((await diagnosticsOfRoutes(true)).logs) > 0, "and read");
      for (const workspaceTrusted of [undefined, false]) {
        const untrusted = await diagnosticsOfRoutes(workspaceTrusted);
        assert.equal(summariesFromCache(untrusted.logs), 0, `workspaceTrusted: ${workspaceTrusted}`);
        assert.deepEqual(untrusted.diagnostics, trusted.diagnostics);
      }
      fs.rmSync(cacheDirectory, { recursive: true });
      await diagnosticsOfRoutes(undefined);
      assert.ok(!fs.existsSync(cacheDirectory), "an untrusted workspace's cache is not written");
    });
  });

  describe("pull diagnostics (LSP 3.17)", () => {
    beforeEach(async () => {
      workspace = copyToTemp(path.join(fixtures, "workspaces/demo"));
      client = await LspTestClient.start({ workspace, pullDiagnostics: true });
    });

    it("answers textDocument/diagnostic with full reports, then 'unchanged' for the same version", async () => {
      const filePath = path.join(workspace, "server/routes/orders.ts");
      const uri = await client!.open(filePath, fs.readFileSync(filePath, "utf8"));
      const report: DocumentDiagnosticReport = await client!.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
      assert.equal(report.kind, "full");
      assert.ok(report.kind === "full" && codes(report.items).includes("timestamp-id"));
      const again: DocumentDiagnosticReport = await client!.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri }, previousResultId: report.resultId });
      assert.equal(again.kind, "unchanged");
      assert.equal(client!.diagnostics.size, 0, "a pull client gets no pushed diagnostics for source files");
    });

    it("source.fixAll.harden applies the safe fixes only", async () => {
      const filePath = path.join(workspace, "server/routes/orders.ts");
      const uri = await client!.open(filePath, fs.readFileSync(filePath, "utf8"));
      const actions: CodeAction[] = await client!.connection.sendRequest("textDocument/codeAction", {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ["source.fixAll.harden"] },
      });
      assert.equal(actions.length, 1);
      applyWorkspaceEdit(actions[0]!.edit!);
      await client!.replaceText(uri, fs.readFileSync(filePath, "utf8"));
      const report: DocumentDiagnosticReport = await client!.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
      const left = report.kind === "full" ? codes(report.items) : [];
      assert.ok(!left.includes("timestamp-id") && !left.includes("missing-timeout"), `safe fixes left: ${left.join(", ")}`);
      assert.ok(left.includes("missing-auth") && left.includes("missing-input-validation"), `scaffolds applied: ${left.join(", ")}`);
    });

    it("offers no fix edit (fix-all, harden/safeFixes, quick fix) for a document with a syntax error, and keeps its diagnostics", async () => {
      const filePath = path.join(workspace, "server/routes/orders.ts");
      const broken = fs.readFileSync(filePath, "utf8") + "\nexport const broken = (1;\n";
      const uri = await client!.open(filePath, broken);
      const report: DocumentDiagnosticReport = await client!.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
      const diagnostics = report.kind === "full" ? report.items : [];
      assert.ok(codes(diagnostics).includes("timestamp-id"), "the broken document is still analysed");
      const everything = { start: { line: 0, character: 0 }, end: { line: broken.split("\n").length, character: 0 } };
      const fixAll: CodeAction[] = await client!.connection.sendRequest("textDocument/codeAction", {
        textDocument: { uri },
        range: everything,
        context: { diagnostics: [], only: ["source.fixAll.harden"] },
      });
      assert.deepEqual(fixAll, []);
      const safeFixes: { edit: unknown } = await client!.connection.sendRequest("harden/safeFixes", { textDocument: { uri, version: 1 } });
      assert.equal(safeFixes.edit, null);
      const quickFixes: CodeAction[] = await client!.connection.sendRequest("textDocument/codeAction", {
        textDocument: { uri },
        range: everything,
        context: { diagnostics, only: ["quickfix"] },
      });
      const withEdits = quickFixes.filter((action) => action.edit && !action.title.startsWith("Ignore "));
      assert.deepEqual(withEdits.map((action) => action.title), []);
      assert.ok(quickFixes.some((action) => action.title.startsWith("Ignore timestamp-id")), "suppressions are still offered");
    });

    it("source.fixAll.harden inserts CRLF line breaks into a CRLF document", async () => {
      const filePath = path.join(workspace, "server/routes/orders.ts");
      const crlf = fs.readFileSync(filePath, "utf8").replace(/\r?\n/g, "\r\n");
      fs.writeFileSync(filePath, crlf);
      const uri = await client!.open(filePath, crlf);
      const actions: CodeAction[] = await client!.connection.sendRequest("textDocument/codeAction", {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ["source.fixAll.harden"] },
      });
      assert.equal(actions.length, 1);
      const report: DocumentDiagnosticReport = await client!.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
      const diagnostics = report.kind === "full" ? report.items : [];
      const quickFixes: CodeAction[] = await client!.connection.sendRequest("textDocument/codeAction", {
        textDocument: { uri },
        range: diagnostics[0]!.range,
        context: { diagnostics: diagnostics.slice(0, 1), only: ["quickfix"] },
      });
      const suppression = quickFixes.find((action) => action.title.includes("on this line"))?.edit?.documentChanges?.[0];
      const inserted = suppression && "edits" in suppression ? suppression.edits[0] : undefined;
      assert.ok(inserted && "newText" in inserted && inserted.newText.endsWith(" -- TODO: say why this is safe\r\n"), JSON.stringify(suppression));
      applyWorkspaceEdit(actions[0]!.edit!);
      const fixed = fs.readFileSync(filePath, "utf8");
      assert.notEqual(fixed, crlf);
      assert.doesNotMatch(fixed, /[^\r]\n/, "no bare LF in the CRLF document");
    });

    it("mounting the guard in server/index.ts clears missing-auth in the routes file without reopening it", async () => {
      const routesPath = path.join(workspace, "server/routes/orders.ts");
      const indexPath = path.join(workspace, "server/index.ts");
      const routesUri = await client!.open(routesPath, fs.readFileSync(routesPath, "utf8"));
      const indexText = fs.readFileSync(indexPath, "utf8");
      const indexUri = await client!.open(indexPath, indexText);
      const pull = async (uri: string): Promise<string[]> => {
        const report: DocumentDiagnosticReport = await client!.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
        return report.kind === "full" ? codes(report.items) : [];
      };
      assert.ok((await pull(routesUri)).includes("missing-auth"));
      const refreshed = client!.next("workspace/diagnostic/refresh");
      await client!.replaceText(indexUri, indexText.replace('app.use("/api/orders", ordersRouter)', 'app.use("/api/orders", requireAuth, ordersRouter)'));
      await pull(indexUri);
      await refreshed;
      assert.ok(!(await pull(routesUri)).includes("missing-auth"));
    });

    it("cancels a pull for a version that an edit has superseded", async () => {
      const filePath = path.join(workspace, "server/routes/orders.ts");
      const uri = await client!.open(filePath, fs.readFileSync(filePath, "utf8"));
      const stale = client!.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
      await client!.replaceText(uri, fs.readFileSync(filePath, "utf8") + "\n");
      await assert.rejects(stale, (error: { code?: number; data?: { retriggerRequest?: boolean } }) => error.code === -32802 && error.data?.retriggerRequest === true);
    });

    it("scans the workspace with progress, and stops when cancelled", async () => {
      const progress = client!.next<{ value: { kind: string; message?: string } }>("$/progress", (p) => p.value.kind === "report");
      const full: { filesAnalysed: number; findings: number; cancelled: boolean } = await client!.connection.sendRequest("harden/workspaceScan", {});
      assert.equal(full.cancelled, false);
      assert.ok(full.filesAnalysed >= 10 && full.findings >= 10, JSON.stringify(full));
      assert.match((await progress).value.message!, /^\d+\/\d+ files$/);

      const source = new CancellationTokenSource();
      const cancelledScan = client!.connection.sendRequest<{ filesAnalysed: number; cancelled: boolean }>("harden/workspaceScan", {}, source.token);
      source.cancel();
      const cancelled: { filesAnalysed: number; cancelled: boolean } = await cancelledScan;
      assert.equal(cancelled.cancelled, true);
      assert.ok(cancelled.filesAnalysed < full.filesAnalysed);
    });
  });

  describe("harden.run: onSave", () => {
    const timestampLines = (diagnostics: readonly Diagnostic[]): number[] => diagnostics.filter((d) => d.code === "timestamp-id").map((d) => d.range.start.line).sort((a, b) => a - b);
    /** Two lines above the original text and a new finding at its end: every finding of the saved text moves. */
    const edited = (text: string): string => `// edited\n// edited\n${text}export const jobToken = Date.now().toString();\n`;

    it("a pull client gets the saved text's diagnostics on every save, and keeps what it shows while the text is unsaved", async () => {
      workspace = copyToTemp(path.join(fixtures, "workspaces/demo"));
      client = await LspTestClient.start({ workspace, pullDiagnostics: true, settings: { run: "onSave" } });
      const filePath = path.join(workspace, "server/routes/orders.ts");
      const text = fs.readFileSync(filePath, "utf8");
      const uri = await client.open(filePath, text);
      const pull = (previousResultId?: string): Promise<DocumentDiagnosticReport> => client!.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri }, previousResultId });
      const opened = await pull();
      assert.ok(opened.kind === "full" && timestampLines(opened.items).length > 0);
      const openedLines = opened.kind === "full" ? timestampLines(opened.items) : [];

      const changed = edited(text);
      await client.replaceText(uri, changed);
      // Unchanged, or (when the settings arrived since and everything was re-checked) the same findings again.
      const unsaved = await pull(opened.resultId);
      assert.deepEqual(unsaved.kind === "full" ? timestampLines(unsaved.items) : openedLines, openedLines, "no analysis of unsaved text in onSave mode");

      fs.writeFileSync(filePath, changed);
      await client.connection.sendNotification("textDocument/didSave", { textDocument: { uri } });
      const afterSave = await pull(opened.resultId);
      assert.equal(afterSave.kind, "full");
      const expected = [...openedLines.map((line) => line + 2), changed.split("\n").length - 2];
      assert.deepEqual(afterSave.kind === "full" ? timestampLines(afterSave.items) : [], expected, "the saved text's findings, on its lines");
    });

    it("a push client is sent the saved text's diagnostics on save, with its version", async () => {
      workspace = copyToTemp(path.join(fixtures, "workspaces/demo"));
      client = await LspTestClient.start({ workspace, pullDiagnostics: false, settings: { run: "onSave" } });
      const filePath = path.join(workspace, "server/routes/orders.ts");
      const text = fs.readFileSync(filePath, "utf8");
      const uri = await client.open(filePath, text);
      const openedLines = timestampLines(await client.pushedDiagnostics(uri, (d) => d.length > 0));
      const changed = edited(text);
      const version = await client.replaceText(uri, changed);
      const saved = client.next<PublishDiagnosticsParams>("textDocument/publishDiagnostics", (p) => p.uri === uri && p.version === version);
      await client.connection.sendNotification("textDocument/didSave", { textDocument: { uri } });
      assert.deepEqual(timestampLines((await saved).diagnostics), [...openedLines.map((line) => line + 2), changed.split("\n").length - 2]);
    });
  });

  describe("workspace/diagnostic (LSP 3.17 workspace pull)", () => {
    it("holds a pull that has nothing new until a scanned file's diagnostics change, then answers with that file alone", async () => {
      workspace = copyToTemp(path.join(fixtures, "workspaces/demo"));
      client = await LspTestClient.start({ workspace, pullDiagnostics: true });
      await client.connection.sendRequest("harden/workspaceScan", {});
      type WorkspaceReport = { items: Array<{ uri: string; resultId?: string; items: Diagnostic[] }> };
      const first: WorkspaceReport = await client.connection.sendRequest("workspace/diagnostic", { previousResultIds: [] });
      assert.ok(first.items.length >= 5, `${first.items.length} files`);
      assert.ok(first.items.every((item) => item.resultId !== undefined));

      let settled = false;
      const held = client.connection
        .sendRequest<WorkspaceReport>("workspace/diagnostic", { previousResultIds: first.items.map((item) => ({ uri: item.uri, value: item.resultId })) })
        .finally(() => (settled = true));
      // Messages are handled in order: once a later request is answered, an unheld pull would have been answered too.
      await client.connection.sendRequest("harden/safeFixes", { textDocument: { uri: uriOf(path.join(workspace, "absent.ts")), version: 1 } });
      assert.equal(settled, false, "an idle client's workspace pull is held, not answered with the same reports again");

      const routesPath = path.join(workspace, "server/routes/orders.ts");
      fs.appendFileSync(routesPath, "export const jobToken = Date.now().toString();\n");
      await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(routesPath), type: 2 }] });
      const answered = await held;
      assert.deepEqual(answered.items.map((item) => item.uri), [uriOf(routesPath)]);
    });
  });

  describe("a client that cannot create files (Neovim, eglot)", () => {
    /** Every quick fix with an edit for the finding's diagnostic, its edit resolved when the client resolves edits. */
    const quickFixes = async (started: LspTestClient, uri: string, code: string): Promise<CodeAction[]> => {
      const diagnostic = (await started.pushedDiagnostics(uri, (d) => codes(d).includes(code))).find((d) => d.code === code)!;
      const actions: CodeAction[] = await started.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ["quickfix"] } });
      const resolved = await Promise.all(actions.map((action) => (action.data === undefined ? action : started.connection.sendRequest<CodeAction>("codeAction/resolve", action))));
      return resolved.filter((action) => action.edit && !action.title.startsWith("Ignore "));
    };
    const touchedFiles = (action: CodeAction): string[] => (action.edit?.documentChanges ?? []).map((change) => ("kind" in change ? `${change.kind} ${JSON.stringify(change)}` : change.textDocument.uri));
    /** Relative modules the action's edits import, resolved against the importing file. */
    const importedModules = (action: CodeAction): string[] =>
      (action.edit?.documentChanges ?? []).flatMap((change) =>
        "edits" in change ? change.edits.flatMap((edit) => [...("newText" in edit ? edit.newText : "").matchAll(/from ["'](\.[^"']+)["']/g)].map((match) => path.resolve(path.dirname(new URL(change.textDocument.uri).pathname), match[1]!))) : [],
      );

    it("is offered no fix that imports a module it would have to create; a client that can create files gets the scaffold", async function () {
      this.timeout(90_000);
      workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "harden-lsp-")));
      fs.mkdirSync(path.join(workspace, ".git"));
      fs.mkdirSync(path.join(workspace, "src"));
      fs.writeFileSync(path.join(workspace, "package.json"), JSON.stringify({ name: "invoices", dependencies: { express: "^4.21.0" } }));
      const filePath = path.join(workspace, "src/server.ts");
      const text = ['import express from "express";', "", "const app = express();", "const invoices: string[] = [];", "", 'app.post("/invoices", async (req, res) => {', '  res.status(201).json({ id: invoices.push("draft") });', "});", "", "app.listen(3000);", ""].join("\n");
      fs.writeFileSync(filePath, text);

      const creating = await LspTestClient.start({ workspace, pullDiagnostics: false, resolvesCodeActionEdits: true });
      try {
        const offered = await quickFixes(creating, await creating.open(filePath, text), "missing-auth");
        const scaffold = offered.find((action) => touchedFiles(action).some((file) => file.startsWith("create ")));
        assert.ok(scaffold && importedModules(scaffold).length > 0, `the scaffold creates its guard and imports it: ${offered.map((a) => a.title).join(", ")}`);
      } finally {
        await creating.stop();
      }
      for (const resolvesCodeActionEdits of [true, false]) {
        client = await LspTestClient.start({ workspace, pullDiagnostics: false, canCreateFiles: false, resolvesCodeActionEdits });
        const offered = await quickFixes(client, await client.open(filePath, text), "missing-auth");
        for (const action of offered) {
          for (const file of touchedFiles(action)) assert.ok(!file.startsWith("create ") && fs.existsSync(new URL(file)), `${action.title} needs ${file}`);
          for (const module of importedModules(action)) assert.ok([".ts", ".js", "/index.ts"].some((extension) => fs.existsSync(module.replace(/\.js$/, "") + extension)), `${action.title} imports ${module}, which does not exist`);
        }
        assert.deepEqual(offered.map((action) => action.title).filter((title) => /creates/.test(title)), []);
        await client.stop();
        client = undefined;
      }
    });
  });

  describe("codeAction/resolve (a client that resolves edits)", () => {
    beforeEach(async () => {
      workspace = copyToTemp(path.join(fixtures, "workspaces/demo"));
      client = await LspTestClient.start({ workspace, pullDiagnostics: true, resolvesCodeActionEdits: true });
    });

    it("defers safe and scaffold edits to resolve, and the resolved scaffold clears its finding", async () => {
      const filePath = path.join(workspace, "server/routes/orders.ts");
      const uri = await client!.open(filePath, fs.readFileSync(filePath, "utf8"));
      const report: DocumentDiagnosticReport = await client!.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
      assert.equal(report.kind, "full");
      const items = report.kind === "full" ? report.items : [];
      const actionsFor = (code: string): Promise<CodeAction[]> => {
        const diagnostic = items.find((item) => item.code === code)!;
        return client!.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
      };
      const safe = (await actionsFor("timestamp-id")).find((action) => action.isPreferred);
      assert.ok(safe && !safe.edit && safe.data !== undefined, "a safe fix arrives without its edit");
      assert.ok(((await client!.connection.sendRequest("codeAction/resolve", safe)) as CodeAction).edit, "resolve fills in the safe edit");
      const scaffold = (await actionsFor("missing-auth")).find((action) => action.data !== undefined);
      assert.ok(scaffold && !scaffold.edit, "a scaffold fix arrives without its edit");
      const resolved: CodeAction = await client!.connection.sendRequest("codeAction/resolve", scaffold);
      assert.ok(resolved.edit, "resolve fills in the edit");
      applyWorkspaceEdit(resolved.edit);
      await client!.replaceText(uri, fs.readFileSync(filePath, "utf8"));
      const after: DocumentDiagnosticReport = await client!.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
      assert.ok(after.kind === "full" && !codes(after.items).includes("missing-auth"), "the resolved scaffold fixed missing-auth");
    });

    it("leaves a stale action without an edit once the document has changed", async () => {
      const filePath = path.join(workspace, "server/routes/orders.ts");
      const text = fs.readFileSync(filePath, "utf8");
      const uri = await client!.open(filePath, text);
      const report: DocumentDiagnosticReport = await client!.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
      const diagnostic = (report.kind === "full" ? report.items : []).find((item) => item.code === "missing-auth")!;
      const actions: CodeAction[] = await client!.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
      const scaffold = actions.find((action) => action.data !== undefined)!;
      await client!.replaceText(uri, text + "\n// edited\n");
      const resolved: CodeAction = await client!.connection.sendRequest("codeAction/resolve", scaffold);
      assert.equal(resolved.edit, undefined);
    });
  });

  describe("configuration", () => {
    it("reports a bad harden.config.json on the file itself, naming the key, and analyses with the defaults", async () => {
      workspace = copyToTemp(path.join(fixtures, "workspaces/demo"));
      const configPath = path.join(workspace, "harden.config.json");
      fs.writeFileSync(configPath, '{\n  "rules": { "missing-authz": "warn" }\n}\n');
      client = await LspTestClient.start({ workspace, pullDiagnostics: false });
      const filePath = path.join(workspace, "server/routes/orders.ts");
      const uri = await client.open(filePath, fs.readFileSync(filePath, "utf8"));
      const [problem] = await client.pushedDiagnostics(uriOf(configPath), (d) => d.length > 0);
      assert.match(problem!.message as string, /rules\.missing-authz: unknown rule id "missing-authz"/);
      assert.equal(problem!.range.start.line, 1);
      assert.ok(codes(await client.pushedDiagnostics(uri, (d) => d.length > 0)).includes("timestamp-id"));

      fs.writeFileSync(configPath, '{ "rules": { "timestamp-id": "off" } }\n');
      await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(configPath), type: 2 }] });
      await client.pushedDiagnostics(uriOf(configPath), (d) => d.length === 0);
      await client.pushedDiagnostics(uri, (d) => d.length > 0 && !codes(d).includes("timestamp-id"));
    });

    it("applies per-rule severity overrides from the editor settings", async () => {
      workspace = copyToTemp(path.join(fixtures, "rules/missing-timeout"));
      client = await LspTestClient.start({ workspace, pullDiagnostics: false, settings: { rules: { "missing-timeout": "error" } } });
      const filePath = path.join(workspace, "db.ts");
      const uri = await client.open(filePath, fs.readFileSync(filePath, "utf8"));
      const [diagnostic] = await client.pushedDiagnostics(uri, (d) => d.length > 0);
      assert.equal(diagnostic!.severity, 1);
    });
  });
  describe("hostile messages and documents", () => {
    beforeEach(async () => {
      workspace = copyToTemp(path.join(fixtures, "rules/missing-timeout"));
      client = await LspTestClient.start({ workspace, pullDiagnostics: false });
    });

    /** A request the server must still answer: the pull of an open document's code actions. */
    const stillAnswers = async (): Promise<void> => {
      const filePath = path.join(workspace, "db.ts");
      const uri = await client!.open(filePath, fs.readFileSync(filePath, "utf8"));
      assert.ok((await client!.pushedDiagnostics(uri, (d) => d.length > 0)).length > 0);
      const actions: CodeAction[] = await client!.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
      assert.ok(Array.isArray(actions));
      assert.equal(client!.child.exitCode, null);
    };

    it("ignores, with a log line, documents whose URI names no local file, and keeps serving", async function () {
      // Five documents' round trips and the log line (waited on for up to 60 s) on a loaded machine.
      this.timeout(90_000);
      const text = "export const sessionToken = Date.now().toString();\n";
      // Registered before the first message: on a loaded machine the log line may arrive after the last answer.
      const logged = client!.next<{ message: string }>("window/logMessage", (p) => p.message.startsWith("file://remotehost/share/app.ts: not analysed: the URI names no local file"), 60_000);
      for (const uri of ["file://remotehost/share/app.ts", `${uriOf(workspace)}/a%2Fb.ts`, "untitled:Untitled-1", "file:///%E0%A4%A.ts", "file:"]) {
        await client!.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "typescript", version: 1, text } });
        await client!.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text: text + "\n" }] });
        const actions: unknown = await client!.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
        assert.deepEqual(actions, [], uri);
        // The line comes when the open document's turn to be analysed comes; closed first, it would never be analysed.
        if (uri.startsWith("file://remotehost/")) await logged;
        await client!.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
      }
      await stillAnswers();
    });

    it("gives a 50 MB open document a notice and no analysis, and keeps serving", async function () {
      this.timeout(60_000);
      const filePath = path.join(workspace, "huge.ts");
      const uri = uriOf(filePath);
      const text = "export const sessionToken = Date.now().toString();\n".repeat((50 * 1024 * 1024) / 51);
      const status = client!.next<{ uri: string; state: string; message?: string }>("harden/status", (s) => s.uri === uri, 30_000);
      await client!.open(filePath, text);
      assert.deepEqual(await client!.pushedDiagnostics(uri, () => true), []);
      assert.deepEqual(await status.then((s) => [s.state, s.message]), ["failing", "skipped: larger than 2 MB"]);
      assert.ok(client!.logs.includes(`${filePath}: skipped: larger than 2 MB`), client!.logs.join("\n"));
      await stillAnswers();
    });

    it("clears a document's diagnostics when its new version cannot be analysed", async function () {
      this.timeout(60_000);
      const filePath = path.join(workspace, "db.ts");
      const uri = await client!.open(filePath, fs.readFileSync(filePath, "utf8"));
      assert.ok((await client!.pushedDiagnostics(uri, (d) => d.length > 0)).length > 0);
      const depth = 100_000;
      const version = await client!.replaceText(uri, `${fs.readFileSync(filePath, "utf8")}\nexport const deep = ${"[".repeat(depth)}1${"]".repeat(depth)};\n`);
      const cleared = await client!.next<PublishDiagnosticsParams>("textDocument/publishDiagnostics", (p) => p.uri === uri && p.version === version, 30_000);
      assert.deepEqual(cleared.diagnostics, []);
      assert.ok(client!.logs.some((line) => line.startsWith(`${filePath}: `)), client!.logs.join("\n"));
      await stillAnswers();
    });

    it("reads no config, source or folder through a link to a device or out of the project, and says so", async function () {
      this.timeout(60_000);
      const configPath = path.join(workspace, "harden.config.json");
      fs.rmSync(configPath);
      fs.symlinkSync("/dev/zero", configPath);
      fs.symlinkSync("/dev/urandom", path.join(workspace, "random.ts"));
      fs.symlinkSync("/", path.join(workspace, "root"));
      const filePath = path.join(workspace, "db.ts");
      const uri = await client!.open(filePath, fs.readFileSync(filePath, "utf8"));
      const [problem] = await client!.pushedDiagnostics(uriOf(configPath), (d) => d.length > 0);
      assert.equal(problem!.message, "harden.config.json: not a regular file; using the default config");
      assert.ok(codes(await client!.pushedDiagnostics(uri, (d) => d.length > 0)).includes("missing-timeout"));
      const scan: { filesAnalysed: number } = await client!.connection.sendRequest("harden/workspaceScan", {});
      assert.ok(scan.filesAnalysed > 0);
      for (const link of ["random.ts", "root"]) assert.ok(client!.logs.includes(`${path.join(workspace, link)}: skipped: a symlink to outside the project; not followed`), client!.logs.join("\n"));
      await stillAnswers();
    });

    it("answers a request after shutdown with InvalidRequest", async () => {
      await client!.connection.sendRequest("shutdown");
      await assert.rejects(
        client!.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: uriOf(path.join(workspace, "db.ts")) }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }),
        (error: { code?: number }) => error.code === -32600,
      );
      await assert.rejects(client!.connection.sendRequest("shutdown"), (error: { code?: number }) => error.code === -32600);
      const exited = new Promise((resolve) => client!.child.once("exit", resolve));
      await client!.connection.sendNotification("exit");
      await exited;
    });
  });
});
