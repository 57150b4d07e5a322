// The diagnostics handlers (server/lsp/diagnostic-reports.ts) with fake services: the real PublishScheduler and
// ScannedFiles (plain state) around a fake analysis that reports every line holding `Date.now`, so which text was
// analysed is read off the diagnostics' lines. Pulls that an edit supersedes are cancelled, stale result ids are never
// answered "unchanged", onSave shows the saved snapshot, and a workspace pull is held until a scanned file changes.
import * as assert from "node:assert/strict";
import { CancellationTokenSource, LSPErrorCodes, ResponseError, type Diagnostic, type PublishDiagnosticsParams } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Finding } from "../rules/engine/types.js";
import {
  documentChanged,
  documentClosed,
  documentOpened,
  documentSaved,
  pullDocumentReport,
  pullWorkspaceReport,
  pushDiagnostics,
  type DiagnosticsServices,
} from "../server/lsp/diagnostic-reports.js";
import type { CachedAnalysis } from "../server/lsp/findings-cache.js";
import { PublishScheduler } from "../server/lsp/publish-scheduler.js";
import { ScannedFiles } from "../server/lsp/scanned-files.js";

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** One finding per line holding `Date.now`, spanning that word. */
function fakeFindings(text: string): Finding[] {
  const findings: Finding[] = [];
  for (let at = text.indexOf("Date.now"); at >= 0; at = text.indexOf("Date.now", at + 1)) {
    const line = text.slice(0, at).split("\n").length;
    findings.push({
      ruleId: "timestamp-id",
      messageId: "clockId",
      severity: "warn",
      message: "clock id",
      filePath: "/w/orders.ts",
      span: { start: at, end: at + 8 },
      location: { line, column: 1, endLine: line, endColumn: 9 },
      fixes: [],
    });
  }
  return findings;
}

function fakeServices(options: { pull: boolean; run: "onType" | "onSave" }) {
  const documents = new Map<string, TextDocument>();
  const cache = new Map<string, CachedAnalysis>();
  const analysed: Array<{ version: number; text: string }> = [];
  const sent: PublishDiagnosticsParams[] = [];
  const forgotten: string[] = [];
  let gate: Array<() => void> = [];
  /** Edits that arrive while a handler waits for the input to drain. */
  let whileDraining: () => void = () => {};
  const drained = async (): Promise<void> => {
    whileDraining();
    whileDraining = () => {};
    await new Promise<void>((resolve) => gate.push(resolve));
  };
  const services: DiagnosticsServices = {
    openDocument: (uri) => documents.get(uri),
    pullsDiagnostics: () => options.pull,
    run: () => options.run,
    settingsKnown: () => Promise.resolve(),
    drained,
    cachedAnalysis: (uri, version) => (cache.get(uri)?.version === version ? cache.get(uri) : undefined),
    analyze: (document) => {
      const text = document.getText();
      analysed.push({ version: document.version, text });
      const analysis: CachedAnalysis = { version: document.version, text, findings: fakeFindings(text), withFixes: false, durationMs: 1 };
      cache.set(document.uri, analysis);
      return analysis;
    },
    sendDiagnostics: (params) => sent.push(params),
    forgetDocument: (uri) => forgotten.push(uri),
    rescan: () => [],
    scheduler: undefined as unknown as PublishScheduler,
    scanned: new ScannedFiles(),
  };
  const scheduler = new PublishScheduler({
    drained,
    settingsKnown: () => Promise.resolve(),
    openDocument: (uri) => documents.get(uri),
    publish: (document) => pushDiagnostics(services, document),
    logError: (message) => assert.fail(message),
  });
  services.scheduler = scheduler;
  return {
    services,
    scheduler,
    documents,
    analysed,
    sent,
    forgotten,
    open(text: string): TextDocument {
      const document = TextDocument.create("file:///w/orders.ts", "typescript", 1, text);
      documents.set(document.uri, document);
      documentOpened(services, document);
      return document;
    },
    edit(document: TextDocument, text: string): void {
      TextDocument.update(document, [{ text }], document.version + 1);
      documentChanged(services, document);
    },
    onNextDrain(action: () => void): void {
      whileDraining = action;
    },
    async drain(): Promise<void> {
      await settle();
      for (const resolve of gate.splice(0)) resolve();
      await settle();
    },
  };
}

const lines = (diagnostics: readonly Diagnostic[]): number[] => diagnostics.map((diagnostic) => diagnostic.range.start.line);
const opened = "const a = 1;\nconst id = Date.now();\n";
const edited = "// moved\nconst a = 1;\nconst id = Date.now();\nconst job = Date.now();\n";

describe("diagnostics handlers with fake services", () => {
  describe("textDocument/diagnostic", () => {
    it("answers a full report, then 'unchanged' for the same generation and version, and a full one again once everything is stale", async () => {
      const fake = fakeServices({ pull: true, run: "onType" });
      const document = fake.open(opened);
      const token = new CancellationTokenSource().token;
      const first = pullDocumentReport(fake.services, document.uri, undefined, token);
      await fake.drain();
      const report = await first;
      assert.ok(report.kind === "full");
      assert.deepEqual(lines(report.items), [1]);
      assert.deepEqual(await pullDocumentReport(fake.services, document.uri, report.resultId, token), { kind: "unchanged", resultId: report.resultId });
      fake.scheduler.markAllStale();
      const again = pullDocumentReport(fake.services, document.uri, report.resultId, token);
      await fake.drain();
      assert.equal((await again).kind, "full", "a result id of an older generation is stale");
      assert.equal(fake.analysed.length, 2);
    });

    it("cancels, without analysing, a pull whose version an edit superseded while it waited, and asks the client to retrigger", async () => {
      const fake = fakeServices({ pull: true, run: "onType" });
      const document = fake.open(opened);
      fake.onNextDrain(() => fake.edit(document, edited));
      const pull = pullDocumentReport(fake.services, document.uri, undefined, new CancellationTokenSource().token);
      const rejected = assert.rejects(pull, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.ServerCancelled && (error.data as { retriggerRequest: boolean }).retriggerRequest);
      await fake.drain();
      await rejected;
      assert.deepEqual(fake.analysed, [], "a superseded version is never analysed");
      const fresh = pullDocumentReport(fake.services, document.uri, undefined, new CancellationTokenSource().token);
      await fake.drain();
      const report = await fresh;
      assert.deepEqual(report.kind === "full" ? lines(report.items) : [], [2, 3]);
    });

    it("cancels a pull the client cancelled while it waited", async () => {
      const fake = fakeServices({ pull: true, run: "onType" });
      const document = fake.open(opened);
      const source = new CancellationTokenSource();
      fake.onNextDrain(() => source.cancel());
      const pull = pullDocumentReport(fake.services, document.uri, undefined, source.token);
      const rejected = assert.rejects(pull, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.ServerCancelled);
      await fake.drain();
      await rejected;
      assert.deepEqual(fake.analysed, []);
    });

    it("in onSave mode answers with the saved snapshot while the text is unsaved, and with the new text once saved", async () => {
      const fake = fakeServices({ pull: true, run: "onSave" });
      const document = fake.open(opened);
      fake.edit(document, edited);
      const unsaved = pullDocumentReport(fake.services, document.uri, undefined, new CancellationTokenSource().token);
      await fake.drain();
      const unsavedReport = await unsaved;
      assert.deepEqual(unsavedReport.kind === "full" ? lines(unsavedReport.items) : [], [1], "the opened text's finding, on its line");
      assert.deepEqual(fake.analysed.map(({ version }) => version), [1]);
      documentSaved(fake.services, document);
      const saved = pullDocumentReport(fake.services, document.uri, unsavedReport.resultId, new CancellationTokenSource().token);
      await fake.drain();
      const savedReport = await saved;
      assert.deepEqual(savedReport.kind === "full" ? lines(savedReport.items) : [], [2, 3]);
      assert.deepEqual(fake.analysed.map(({ version }) => version), [1, 2]);
    });
  });

  describe("push (a client without pull)", () => {
    it("publishes on open and on each edit in onType mode, the burst's last version once", async () => {
      const fake = fakeServices({ pull: false, run: "onType" });
      const document = fake.open(opened);
      fake.edit(document, "const x = Date.now();\n");
      fake.edit(document, edited);
      await fake.drain();
      assert.deepEqual(fake.sent.map(({ version, diagnostics }) => [version, lines(diagnostics)]), [[3, [2, 3]]]);
    });

    it("in onSave mode publishes nothing on an edit, and the saved text's diagnostics with its version on save", async () => {
      const fake = fakeServices({ pull: false, run: "onSave" });
      const document = fake.open(opened);
      await fake.drain();
      assert.deepEqual(fake.sent.map(({ version, diagnostics }) => [version, lines(diagnostics)]), [[1, [1]]]);
      fake.edit(document, edited);
      await fake.drain();
      assert.equal(fake.sent.length, 1, "no publish on typing");
      // The snapshot is taken at save: a later edit does not change what the save publishes.
      documentSaved(fake.services, document);
      fake.edit(document, "const unsaved = Date.now();\n");
      await fake.drain();
      assert.deepEqual(fake.sent.map(({ version, diagnostics }) => [version, lines(diagnostics)]), [[1, [1]], [2, [2, 3]]]);
    });

    it("on close, drops the queued publish, forgets the document and clears its diagnostics", async () => {
      const fake = fakeServices({ pull: false, run: "onType" });
      const document = fake.open(opened);
      fake.documents.delete(document.uri);
      documentClosed(fake.services, document);
      await fake.drain();
      assert.deepEqual(fake.forgotten, [document.uri]);
      assert.deepEqual(fake.sent, [{ uri: document.uri, diagnostics: [] }]);
      assert.deepEqual(fake.analysed, []);
    });

    it("a pull client is never pushed diagnostics on open, edit or save", async () => {
      const fake = fakeServices({ pull: true, run: "onType" });
      const document = fake.open(opened);
      fake.edit(document, edited);
      documentSaved(fake.services, document);
      await fake.drain();
      assert.deepEqual(fake.sent, []);
    });
  });

  describe("workspace/diagnostic", () => {
    const diagnostic = (line: number): Diagnostic => ({ range: { start: { line, character: 0 }, end: { line, character: 1 } }, message: "m" });

    it("is held while nothing is new, answers with the changed file alone, and re-checks stale files first", async () => {
      const fake = fakeServices({ pull: true, run: "onType" });
      const scanned = fake.services.scanned as ScannedFiles;
      scanned.record("/w/a.ts", [diagnostic(1)]);
      scanned.record("/w/b.ts", [diagnostic(2)]);
      const first = await pullWorkspaceReport(fake.services, [], new CancellationTokenSource().token);
      assert.deepEqual(first.items.map((item) => item.uri), ["file:///w/a.ts", "file:///w/b.ts"]);
      const known = first.items.map((item) => ({ uri: item.uri, value: (item as { resultId: string }).resultId }));

      let answer: Awaited<ReturnType<typeof pullWorkspaceReport>> | undefined;
      const held = pullWorkspaceReport(fake.services, known, new CancellationTokenSource().token).then((report) => (answer = report));
      await settle();
      scanned.record("/w/a.ts", [diagnostic(1)]);
      await settle();
      assert.equal(answer, undefined, "the same diagnostics again are no change");

      const rescanned: string[] = [];
      fake.services.rescan = (filePath) => {
        rescanned.push(filePath);
        scanned.record(filePath, filePath.endsWith("b.ts") ? [diagnostic(5)] : [diagnostic(1)]);
        return [];
      };
      scanned.markAllStale();
      await held;
      assert.deepEqual(rescanned.sort(), ["/w/a.ts", "/w/b.ts"]);
      assert.deepEqual(answer!.items.map((item) => [item.uri, lines((item as { items: Diagnostic[] }).items)]), [["file:///w/b.ts", [5]]]);
    });

    it("leaves open documents out (they are pulled one by one), and answers a held pull with nothing once cancelled", async () => {
      const fake = fakeServices({ pull: true, run: "onType" });
      const document = fake.open(opened);
      (fake.services.scanned as ScannedFiles).record("/w/orders.ts", [diagnostic(1)]);
      const source = new CancellationTokenSource();
      const held = pullWorkspaceReport(fake.services, [], source.token);
      await settle();
      assert.ok(fake.documents.has(document.uri));
      source.cancel();
      assert.deepEqual(await held, { items: [] });
    });
  });
});
