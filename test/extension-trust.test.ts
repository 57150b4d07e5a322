// The extension tells the language server whether the user trusts the workspace (the server reads and writes the
// workspace's caches only then) and restarts it when trust is granted. Runs client/extension.ts against a stand-in
// for the `vscode` API and for vscode-languageclient's LanguageClient, which records the options it is started with.
import * as assert from "node:assert/strict";
import Module from "node:module";
import type { InitializationOptions } from "../server/protocol.js";

/** Any property, called or not, gives another stand-in: enough for the parts of the API the test does not look at. */
function anything(): unknown {
  return new Proxy(() => {}, { get: (_target, key) => (key === "then" ? undefined : anything()), set: () => true, apply: () => anything() });
}

/** A module or namespace with `names` as stand-ins besides the ones given (modules are imported by copying their names). */
function withStandIns<T extends object>(known: T, names: readonly string[]): T {
  return Object.defineProperties(Object.fromEntries(names.map((name) => [name, anything()])), Object.getOwnPropertyDescriptors(known)) as T;
}

describe("extension: workspace trust", () => {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = loader._load;
  let trusted = false;
  let grantTrust: (() => void) | undefined;
  const started: Array<{ options: InitializationOptions; stopped: boolean }> = [];

  class RecordingLanguageClient {
    private readonly record: { options: InitializationOptions; stopped: boolean };
    constructor(_id: string, _name: string, _serverOptions: unknown, clientOptions: { initializationOptions: InitializationOptions }) {
      this.record = { options: clientOptions.initializationOptions, stopped: false };
      started.push(this.record);
    }
    onDidChangeState(): void {}
    onNotification(): void {}
    async start(): Promise<void> {}
    needsStop(): boolean {
      return !this.record.stopped;
    }
    async stop(): Promise<void> {
      this.record.stopped = true;
    }
  }

  const standIns: Record<string, unknown> = {
    vscode: withStandIns(
      {
        workspace: withStandIns(
          {
            get isTrusted() {
              return trusted;
            },
            onDidGrantWorkspaceTrust: (listener: () => void) => {
              grantTrust = listener;
              return { dispose() {} };
            },
          },
          ["getConfiguration", "createFileSystemWatcher", "onDidChangeConfiguration", "onDidCloseTextDocument", "applyEdit"],
        ),
      },
      ["window", "languages", "commands", "LanguageStatusSeverity", "ProgressLocation"],
    ),
    "vscode-languageclient/node": withStandIns({ LanguageClient: RecordingLanguageClient, State: { Stopped: 1 }, TransportKind: { ipc: 1 } }, ["WorkDoneProgress"]),
  };

  before(() => {
    loader._load = function (request: string, ...rest: unknown[]) {
      return request in standIns ? standIns[request] : originalLoad.call(this, request, ...rest);
    };
  });
  after(() => {
    loader._load = originalLoad;
  });

  it("starts the server with workspaceTrusted as VS Code says, and restarts it trusted once trust is granted", async () => {
    const extension = require("../client/extension.ts") as typeof import("../client/extension.js");
    await extension.activate({ subscriptions: [], asAbsolutePath: (relative: string) => relative } as never);
    assert.deepEqual(started.map((client) => client.options), [{ workspaceTrusted: false }]);

    trusted = true;
    grantTrust!();
    while (started.length < 2) await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(
      started.map((client) => [client.options, client.stopped]),
      [
        [{ workspaceTrusted: false }, true],
        [{ workspaceTrusted: true }, false],
      ],
    );
    await extension.deactivate();
  });
});
