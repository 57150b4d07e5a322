// The server's host and log with a rule that throws: the rule is skipped for that file and reported once in the
// output with its id and the file, and every other rule keeps reporting. The bundled server cannot be given a
// throwing rule, so this drives the same ProjectHost and ServerLog the server composes.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ts } from "ts-morph";
import type { Connection } from "vscode-languageserver";
import { defineRule } from "../rules/engine/types.js";
import { registry } from "../rules/index.js";
import { ProjectHost } from "../server/host/project-host.js";
import { ServerLog } from "../server/lsp/server-log.js";

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
    const text = "export class Orders {}\nexport const orderId = Date.now().toString();\n";
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
