// The extension's language client: it tells the server whether the user trusts the workspace (the server reads and
// writes the workspace's caches only then) and restarts it when trust is granted; it pulls diagnostics on save (and on
// type only in onType mode); `harden.trace.server` alone turns the message trace on. Runs client/extension.ts against a
// stand-in for the `vscode` API and for vscode-languageclient's LanguageClient, which records the options it is started with.
import * as assert from "node:assert/strict";
import Module from "node:module";
import type { LogOutputChannel } from "vscode";
import type { LanguageClientOptions } from "vscode-languageclient/node";
import type { HardenSettings, InitializationOptions } from "../server/protocol.js";
import { EventEmitter, forgetClientModules } from "./fake-vscode.js";

/** Any property, called or not, gives another stand-in: enough for the parts of the API the test does not look at. */
function anything(): unknown {
  return new Proxy(() => {}, { get: (_target, key) => (key === "then" ? undefined : anything()), set: () => true, apply: () => anything() });
}

/** A module or namespace with `names` as stand-ins besides the ones given (modules are imported by copying their names). */
function withStandIns<T extends object>(known: T, names: readonly string[]): T {
  return Object.defineProperties(Object.fromEntries(names.map((name) => [name, anything()])), Object.getOwnPropertyDescriptors(known)) as T;
}


const LogLevel = { Off: 0, Trace: 1, Debug: 2, Info: 3, Warning: 4, Error: 5 } as const;

describe("extension: the language client", () => {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = loader._load;
  let trusted = false;
  let grantTrust: (() => void) | undefined;
  let started: Array<{ options: InitializationOptions; clientOptions: LanguageClientOptions; stopped: boolean }> = [];
  let settings: Partial<HardenSettings> = {};
  let changeConfiguration: ((event: { affectsConfiguration(section: string): boolean }) => void) | undefined;
  /** What the Harden output received, level by level. */
  const written: Array<[string, string]> = [];
  const output = withStandIns({ logLevel: LogLevel.Info, onDidChangeLogLevel: new EventEmitter<number>().event, info: (line: string) => written.push(["info", line]), trace: (line: string) => written.push(["trace", line]) }, ["name", "show", "error", "dispose"]);

  class RecordingLanguageClient {
    private readonly record: { options: InitializationOptions; clientOptions: LanguageClientOptions; stopped: boolean };
    constructor(_id: string, _name: string, _serverOptions: unknown, clientOptions: LanguageClientOptions & { initializationOptions: InitializationOptions }) {
      this.record = { options: clientOptions.initializationOptions, clientOptions, stopped: false };
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
            getConfiguration: () => ({ get: (key: keyof HardenSettings, fallback: unknown) => settings[key] ?? fallback }),
            onDidChangeConfiguration: (listener: typeof changeConfiguration) => {
              changeConfiguration = listener;
              return { dispose() {} };
            },
          },
          ["createFileSystemWatcher", "onDidCloseTextDocument", "applyEdit"],
        ),
        window: withStandIns({ createOutputChannel: () => output }, ["createLanguageStatusItem", "createTreeView", "onDidChangeActiveTextEditor", "activeTextEditor", "showWarningMessage"]),
        EventEmitter,
        LogLevel,
      },
      ["languages", "commands", "LanguageStatusSeverity", "ProgressLocation"],
    ),
    "vscode-languageclient/node": withStandIns(
      { LanguageClient: RecordingLanguageClient, State: { Stopped: 1 }, TransportKind: { ipc: 1 }, DiagnosticPullMode: { onType: "onType", onSave: "onSave" } },
      ["WorkDoneProgress"],
    ),
  };

  before(() => {
    loader._load = function (request: string, ...rest: unknown[]) {
      return request in standIns ? standIns[request] : originalLoad.call(this, request, ...rest);
    };
    forgetClientModules();
  });
  after(() => {
    loader._load = originalLoad;
  });
  beforeEach(() => {
    started = [];
    settings = {};
  });
  const activate = async (): Promise<typeof import("../client/extension.js")> => {
    const extension = require("../client/extension.ts") as typeof import("../client/extension.js");
    await extension.activate({ subscriptions: [], asAbsolutePath: (relative: string) => relative } as never);
    return extension;
  };

  it("starts the server with workspaceTrusted as VS Code says, and restarts it trusted once trust is granted", async () => {
    trusted = false;
    const extension = await activate();
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

  it("pulls diagnostics on every save, and as the user types only while harden.run is onType (read at each pull)", async () => {
    const extension = await activate();
    const pull = started[0]!.clientOptions.diagnosticPullOptions!;
    assert.equal(pull.onSave, true);
    assert.equal(pull.onChange, true);
    const skips = (mode: string): boolean => pull.filter!({} as never, mode as never);
    assert.deepEqual([skips("onType"), skips("onSave")], [false, false]);
    settings = { run: "onSave" };
    assert.deepEqual([skips("onType"), skips("onSave")], [true, false]);
    await extension.deactivate();
  });

  it("traces the server's messages into the Harden output from harden.trace.server alone", async () => {
    const extension = await activate();
    const trace = started[0]!.clientOptions.traceOutputChannel as LogOutputChannel;
    assert.equal(trace.logLevel, LogLevel.Info, "no trace while the setting is off");
    const levels: number[] = [];
    trace.onDidChangeLogLevel((level) => levels.push(level));
    settings = { trace: { server: "verbose" } };
    changeConfiguration!({ affectsConfiguration: (section) => section === "harden.trace.server" || section === "harden.trace" || section === "harden" });
    assert.deepEqual(levels, [LogLevel.Trace], "the client is told to start tracing");
    written.length = 0;
    trace.trace("Sending request 'textDocument/diagnostic - (4)'.");
    assert.deepEqual(written, [["info", "Sending request 'textDocument/diagnostic - (4)'."]], "written where the Harden output shows it at its default level");
    await extension.deactivate();
  });
});
