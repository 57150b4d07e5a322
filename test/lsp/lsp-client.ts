// A minimal LSP client for the protocol tests: spawns the bundled dist/server.js over stdio, answers the server's
// requests (configuration, registrations, progress, refresh) and turns notifications into awaitable promises.
import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { StatusParams } from "../../server/protocol.js";
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";

export const serverPath = path.resolve(__dirname, "../../dist/server.js");

export interface StartOptions {
  workspace: string;
  pullDiagnostics: boolean;
  settings?: Record<string, unknown>;
  /** Declare `codeAction.resolveSupport` for `edit`, so scaffold edits come from `codeAction/resolve`. */
  resolvesCodeActionEdits?: boolean;
  initializationOptions?: Record<string, unknown>;
  /** Declare `workspaceEdit.resourceOperations: ["create"]` (default true); Neovim and eglot do not. */
  canCreateFiles?: boolean;
  /** Added to the server's environment. */
  env?: NodeJS.ProcessEnv;
}

type Waiter = { matches: (params: unknown) => boolean; resolve: (params: unknown) => void };

export class LspTestClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** Every publishDiagnostics so far, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** The latest `harden/status` of each document. */
  readonly statuses = new Map<string, StatusParams>();
  /** Publications whose analysis read the whole project (the server sends an analysis's status before its diagnostics). */
  private readonly completePublications = new Set<PublishDiagnosticsParams>();
  readonly logs: string[] = [];
  refreshRequests = 0;
  private readonly versions = new Map<string, number>();
  private readonly waiters = new Map<string, Waiter[]>();

  private constructor(readonly connection: ProtocolConnection, readonly child: ChildProcess) {}

  static async start(options: StartOptions): Promise<LspTestClient> {
    const child = spawn(process.execPath, [serverPath, "--stdio"], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...options.env } });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspTestClient(connection, child);
    connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
      client.diagnostics.set(params.uri, params.diagnostics);
      client.published.push(params);
      if (client.isComplete(params.uri, params.version)) client.completePublications.add(params);
      client.notify("textDocument/publishDiagnostics", params);
    });
    connection.onNotification("window/logMessage", (params: { message: string }) => {
      client.logs.push(params.message);
      client.notify("window/logMessage", params);
    });
    connection.onNotification("harden/status", (params: StatusParams) => {
      client.statuses.set(params.uri, params);
      client.notify("harden/status", params);
    });
    connection.onNotification("$/progress", (params) => client.notify("$/progress", params));
    connection.onRequest("workspace/configuration", () => [{ enable: true, run: "onType", rules: {}, trace: { server: "off" }, ...options.settings }]);
    connection.onRequest("client/registerCapability", () => null);
    connection.onRequest("window/workDoneProgress/create", () => null);
    connection.onRequest("workspace/diagnostic/refresh", () => {
      client.refreshRequests++;
      client.notify("workspace/diagnostic/refresh", {});
      return null;
    });
    connection.listen();
    const capabilities: ClientCapabilities = {
      workspace: { configuration: true, workspaceEdit: { documentChanges: true, ...(options.canCreateFiles === false ? {} : { resourceOperations: ["create"] }) }, didChangeWatchedFiles: { dynamicRegistration: true } },
      window: { workDoneProgress: true },
      textDocument: {
        ...(options.pullDiagnostics ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : { publishDiagnostics: { versionSupport: true } }),
        ...(options.resolvesCodeActionEdits ? { codeAction: { resolveSupport: { properties: ["edit"] } } } : {}),
      },
    };
    const uri = uriOf(options.workspace);
    const { initializationOptions } = options;
    await connection.sendRequest("initialize", { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: "workspace" }], capabilities, initializationOptions });
    await connection.sendNotification("initialized", {});
    return client;
  }

  /** Resolves with the first notification of `method` whose params match, or rejects after `timeoutMs`. */
  next<T>(method: string, matches: (params: T) => boolean = () => true, timeoutMs = 10_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} matching within ${timeoutMs} ms`)), timeoutMs);
      const waiter: Waiter = {
        matches: (params) => matches(params as T),
        resolve: (params) => {
          clearTimeout(timer);
          resolve(params as T);
        },
      };
      this.waiters.set(method, [...(this.waiters.get(method) ?? []), waiter]);
    });
  }

  /** Waits for pushed diagnostics of `uri` that satisfy `matches`. */
  pushedDiagnostics(uri: string, matches: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    const current = this.diagnostics.get(uri);
    if (current && matches(current)) return Promise.resolve(current);
    return this.next<PublishDiagnosticsParams>("textDocument/publishDiagnostics", (p) => p.uri === uri && matches(p.diagnostics)).then((p) => p.diagnostics);
  }

  /**
   * The diagnostics published for `version` of `uri` (default: the latest sent) once the analysis read the whole
   * project. A large project's first answer is file-local; the full one follows when the rest is read.
   */
  completePushedDiagnostics(uri: string, version = this.version(uri), timeoutMs = 30_000): Promise<Diagnostic[]> {
    const isWanted = (p: PublishDiagnosticsParams): boolean => p.uri === uri && p.version === version && this.completePublications.has(p);
    const already = this.published.find(isWanted);
    if (already) return Promise.resolve(already.diagnostics);
    return this.next<PublishDiagnosticsParams>("textDocument/publishDiagnostics", isWanted, timeoutMs).then((p) => p.diagnostics);
  }

  /** Pulls the diagnostics of `uri` (at `version`, default the latest sent) until an answer comes from an analysis of the whole project. */
  async completePulledDiagnostics(uri: string, version = this.version(uri), timeoutMs = 30_000): Promise<Diagnostic[]> {
    for (;;) {
      const refreshes = this.refreshRequests;
      const report: { items: Diagnostic[] } = await this.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
      if (this.isComplete(uri, version)) return report.items;
      // The server asks for a re-pull once the rest of the project is read.
      if (this.refreshRequests === refreshes) await this.next("workspace/diagnostic/refresh", () => true, timeoutMs);
    }
  }

  private isComplete(uri: string, version: number | undefined): boolean {
    const status = this.statuses.get(uri);
    return status !== undefined && status.version === version && status.complete;
  }

  async open(filePath: string, text: string): Promise<string> {
    const uri = uriOf(filePath);
    this.versions.set(uri, 1);
    await this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "typescript", version: 1, text } });
    return uri;
  }

  async replaceText(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once("exit", (code) => resolve(code)));
    await this.connection.sendRequest("shutdown");
    await this.connection.sendNotification("exit");
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  private notify(method: string, params: unknown): void {
    const waiters = this.waiters.get(method) ?? [];
    const matched = waiters.filter((waiter) => waiter.matches(params));
    this.waiters.set(method, waiters.filter((waiter) => !matched.includes(waiter)));
    for (const waiter of matched) waiter.resolve(params);
  }
}

export function uriOf(filePath: string): string {
  return pathToFileURL(filePath).href;
}
