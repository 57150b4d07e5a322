// An open document reuses what it worked out per class member while the user types (member-memo.ts): the decision
// to reuse (same member text, same text around the class's member bodies), spans moved with the member, and, after
// every edit of a series of random ones (fixed seed), the summary and the diagnostics a fresh analysis gives.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { ts } from "ts-morph";
import { parseSource } from "../rules/engine/analyze.js";
import { MemberMemo } from "../rules/engine/member-memo.js";
import { summarizeFile } from "../rules/model/summarize.js";
import { fixedSeed } from "./fuzz/properties.js";
import { registry } from "../rules/index.js";
import { ProjectHost } from "../server/host/project-host.js";
import { assertEditsMatchFreshAnalysis, copyFixtureWorkspace, findingsOf, loadAll } from "./host-edits.js";

const workspaceFixture = path.resolve(__dirname, "../test-fixtures/workspaces/member-edits");
const controllerPath = path.join(workspaceFixture, "src/notes/notes.controller.ts");
const controllerText = fs.readFileSync(controllerPath, "utf8");

/** Each method of the file's class with what `memo` gives for it: its name's span, worked out by `compute` when not reused. */
function nameSpans(memo: MemberMemo, text: string, computed: string[]): Map<string, { start: number; end: number }> {
  const sourceFile = parseSource(controllerPath, text);
  memo.nextVersion();
  const spans = new Map<string, { start: number; end: number }>();
  const owner = sourceFile.statements.find(ts.isClassDeclaration)!;
  for (const member of owner.members) {
    if (!ts.isMethodDeclaration(member)) continue;
    const name = member.name.getText(sourceFile);
    spans.set(name, memo.reuse("test", owner, member, () => {
      computed.push(name);
      return { start: member.name.getStart(sourceFile), end: member.name.getEnd() };
    }));
  }
  return spans;
}

describe("language server host: reuse per class member", function () {
  this.timeout(120_000);

  it("works out again only the member an edit lands in, and moves the spans of those after it", () => {
    const memo = new MemberMemo();
    const computed: string[] = [];
    nameSpans(memo, controllerText, computed);
    assert.deepEqual(computed, ["list", "read", "create", "replace", "bulkImport", "inbound", "download", "archived", "remove"]);

    computed.length = 0;
    const typed = controllerText.replace("return note ?? { missing: id };", 'console.info("read", id);\n    return note ?? { missing: id };');
    const spans = nameSpans(memo, typed, computed);
    assert.deepEqual(computed, ["read"]);
    // The reused spans are where a fresh walk puts them.
    assert.deepEqual(spans, nameSpans(new MemberMemo(), typed, []));
  });

  it("works out every member again when the text around the member bodies changes: class decorators, imports, module-level declarations", () => {
    const edits = [
      controllerText.replace('@Controller("notes")', '@Controller("notebooks")'),
      controllerText.replace("@UseGuards(SessionGuard)\nexport class", "export class"),
      controllerText.replace('import type { Request } from "express";', 'import type { Request } from "koa";'),
      controllerText.replace("const PAGE_LIMIT = 50;", "const PAGE_LIMIT = 20;"),
      controllerText.replace("timingSafeEqual(Buffer.from(sent), Buffer.from(expected))", "sent === expected"),
      controllerText.replace("private readonly audit: string[] = [];", "private readonly audit: unknown[] = [];"),
    ];
    for (const edited of edits) {
      assert.notEqual(edited, controllerText);
      const memo = new MemberMemo();
      nameSpans(memo, controllerText, []);
      const computed: string[] = [];
      nameSpans(memo, edited, computed);
      assert.equal(computed.length, 9, edited.slice(0, 80));
    }
  });

  it("keeps no result with a span the text around the member bodies does not fix", () => {
    const sourceFile = parseSource(controllerPath, controllerText);
    const owner = sourceFile.statements.find(ts.isClassDeclaration)!;
    const [first, second] = owner.members.filter(ts.isMethodDeclaration);
    const memo = new MemberMemo();
    let computed = 0;
    const pointingAt = (node: ts.Node) => () => (computed++, { span: { start: node.getStart(sourceFile), end: node.getEnd() } });
    for (const version of [1, 2]) {
      memo.nextVersion();
      // A span in the class's decorators stands where the context puts it; one in another member's body may move.
      memo.reuse("decorators", owner, second!, pointingAt(owner.modifiers![0]!));
      memo.reuse("other-body", owner, second!, pointingAt(first!.body!));
      assert.equal(computed, version === 1 ? 2 : 3);
    }
  });

  it("reuses a result only while every project fact it asked about answers as it did", () => {
    const sourceFile = parseSource(controllerPath, controllerText);
    const owner = sourceFile.statements.find(ts.isClassDeclaration)!;
    const create = owner.members.find((member) => member.name?.getText(sourceFile) === "create")!;
    const memo = new MemberMemo();
    const validators = new Set(["WriteNoteDto"]);
    let computed = 0;
    const work = (queries: { isValidated: (name: string) => boolean }) => (computed++, queries.isValidated("WriteNoteDto"));
    const answers: boolean[] = [];
    for (const change of [() => {}, () => {}, () => validators.clear(), () => {}]) {
      change();
      memo.nextVersion();
      answers.push(memo.reuse("asks", owner, create, work, { isValidated: (name: string) => validators.has(name) }));
    }
    assert.deepEqual(answers, [true, true, false, false]);
    assert.equal(computed, 2);
  });

  it("gives the summary of a fresh walk after every edit of a random series", () => {
    const snippets = ["", "\n", "{", "}", "(", ")", '"', "/*", "429", "x++;", "@Public()\n", "@UseGuards(SessionGuard)\n", "@Body() extra: any, ", "@Query() q: LooseNoteDto, ", "request.body.id;", "req.body.note;", "const PAGE = 1;\n", 'import { Injectable } from "@nestjs/common";\n', "this.audit.push(id);"];
    const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), deleted: fc.integer({ min: 0, max: 12 }), inserted: fc.constantFrom(...snippets) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 15 }), (edits) => {
        const memo = new MemberMemo();
        let text = controllerText;
        let sourceFile = parseSource(controllerPath, text);
        summarizeFile(controllerPath, sourceFile, memo);
        for (const { at, deleted, inserted } of edits) {
          const start = Math.floor(at * (text.length + 1));
          const end = Math.min(text.length, start + deleted);
          text = text.slice(0, start) + inserted + text.slice(end);
          sourceFile = ts.updateSourceFile(sourceFile, text, ts.createTextChangeRange(ts.createTextSpan(start, end - start), inserted.length));
          assert.deepEqual(summarizeFile(controllerPath, sourceFile, memo), summarizeFile(controllerPath, parseSource(controllerPath, text)));
        }
      }),
      { seed: fixedSeed, numRuns: 40 },
    );
  });

  describe("diagnostics while typing", () => {
    let workspace: string;

    before(() => {
      workspace = copyFixtureWorkspace(workspaceFixture, "harden-member-reuse-");
    });

    after(() => fs.rmSync(workspace, { recursive: true, force: true }));

    const cases: Array<{ file: string; snippets: string[] }> = [
      { file: "src/notes/notes.controller.ts", snippets: ["", "\n", "}", "(", "@Public()\n", "@UseGuards(SessionGuard)\n", "@Body() extra: any, ", "request.body.id;", "const PAGE = 1;\n", "await fetch(url);", "basename(", "readFileSync(name);"] },
      { file: "src/billing/invoices.ts", snippets: ["", "\n", "}", "(", "requireKey, ", "req.body.note;", "InvoiceInput.parse(req.body);", "await fetch(url);", "return res.status(401).end();"] },
    ];
    it("are those of a fresh analysis at every keystroke of a statement typed into a route and deleted again", () => {
      const filePath = path.join(workspace, "src/notes/notes.controller.ts");
      const original = fs.readFileSync(filePath, "utf8");
      const incremental = new ProjectHost(registry);
      incremental.setOverlay(filePath, original);
      loadAll(incremental);
      // The language server benchmark's edit: a line typed a character at a time before a handler's return, then deleted.
      const at = original.indexOf("    return note ?? { missing: id };");
      const typed = '    console.info("read", String(request.body.id).length, this.audit.push(id));\n';
      const versions = [...typed].map((_, length) => typed.slice(0, length + 1));
      versions.push(...versions.slice(0, -1).reverse(), "");
      for (const inserted of versions) {
        const text = original.slice(0, at) + inserted + original.slice(at);
        incremental.setOverlay(filePath, text);
        const fresh = new ProjectHost(registry);
        fresh.setOverlay(filePath, text);
        loadAll(fresh);
        assert.deepEqual(findingsOf(incremental.analyze(filePath)), findingsOf(fresh.analyze(filePath)), JSON.stringify(inserted));
      }
    });

    for (const { file, snippets } of cases) {
      it(`are those of a fresh analysis after every edit of a random series (${path.basename(file)})`, () => {
        const filePath = path.join(workspace, file);
        assertEditsMatchFreshAnalysis(filePath, fs.readFileSync(filePath, "utf8"), snippets, { maxDeleted: 12, maxEdits: 10, numRuns: 20 });
      });
    }
  });
});
