// The language status item (client/language-status.ts) against a stand-in for the `vscode` API: it shows what the
// server's `harden/status` says of the active document, and spins while that answer is file-local (a large project's
// first answer), until the analysis that read the whole project arrives.
import * as assert from "node:assert/strict";
import Module from "node:module";
import type { StatusParams } from "../server/protocol.js";
import { EventEmitter, forgetClientModules } from "./fake-vscode.js";

const activeUri = "file:///work/shop/src/orders.ts";
const item = { name: "", text: "", detail: "", busy: false, severity: 0, command: undefined as unknown, dispose() {} };
const vscodeStandIn = {
  languages: { createLanguageStatusItem: () => item },
  window: { onDidChangeActiveTextEditor: new EventEmitter<unknown>().event, activeTextEditor: { document: { uri: { toString: () => activeUri } } } },
  workspace: { isTrusted: true },
  LanguageStatusSeverity: { Information: 0, Warning: 1, Error: 2 },
};

function status(extra: Partial<StatusParams>): StatusParams {
  return { uri: activeUri, version: 3, complete: true, findings: 2, durationMs: 41, cpuMs: 40, state: "ok", ...extra };
}

describe("extension: the language status item", () => {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = loader._load;
  let LanguageStatus: typeof import("../client/language-status.js").LanguageStatus;
  before(() => {
    loader._load = function (request: string, ...rest: unknown[]) {
      return request === "vscode" ? vscodeStandIn : originalLoad.call(this, request, ...rest);
    };
    forgetClientModules();
    ({ LanguageStatus } = require("../client/language-status.ts") as typeof import("../client/language-status.js"));
  });
  after(() => {
    loader._load = originalLoad;
  });

  it("spins and says cross-file findings follow while the answer is file-local, then shows the full answer", () => {
    const languageStatus = new LanguageStatus([{ language: "typescript" }]);
    languageStatus.update(status({ complete: false, findings: 1 }));
    assert.equal(item.busy, true);
    assert.equal(item.text, "Harden: 1 finding");
    assert.match(item.detail, /reading the rest of the project: cross-file findings follow/);

    languageStatus.update(status({ complete: true, findings: 3 }));
    assert.equal(item.busy, false);
    assert.equal(item.text, "Harden: 3 findings");
    assert.equal(item.detail, "analysed in 41 ms");
    languageStatus.dispose();
  });
});
