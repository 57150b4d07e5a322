// The VS Code extension's entry: starts the bundled language server (dist/server.js) over node IPC and wires its
// commands, output channel and language status. All analysis lives in the server; this file must not lint anything.
import * as vscode from "vscode";
import { DiagnosticPullMode, LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { routesMethod, settingsSection, statusMethod, type HardenSettings, type InitializationOptions, type RoutesResult, type StatusParams } from "../server/protocol.js";
import { registerCommands } from "./commands.js";
import { LanguageStatus } from "./language-status.js";
import { registerRoutesView } from "./routes-view.js";
import { SettingTraceChannel } from "./trace-channel.js";

const analysedLanguages = ["typescript", "typescriptreact", "javascript", "javascriptreact"];
const documentSelector = [
  ...analysedLanguages.map((language) => ({ scheme: "file", language })),
  { scheme: "file", pattern: "**/harden.config.json" },
];

/** Owns the one language client; the client exists only while `harden.enable` is on. */
class ServerConnection implements vscode.Disposable {
  private client: LanguageClient | undefined;

  constructor(
    private readonly serverModule: string,
    private readonly output: vscode.LogOutputChannel,
    private readonly status: LanguageStatus,
    private readonly trace: SettingTraceChannel,
  ) {}

  current(): LanguageClient | undefined {
    return this.client;
  }

  /** Starts or stops the server to match `harden.enable`. */
  async applyEnableSetting(): Promise<void> {
    const enabled = readSetting("enable", true);
    if (enabled && !this.client) await this.start();
    if (!enabled && this.client) await this.stop();
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.applyEnableSetting();
  }

  private async start(): Promise<void> {
    const serverOptions: ServerOptions = {
      run: { module: this.serverModule, transport: TransportKind.ipc },
      debug: { module: this.serverModule, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6019"] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector,
      outputChannel: this.output,
      traceOutputChannel: this.trace,
      // Pulled as the user types and on every save; in onSave mode only on save (and open), read when each pull is due.
      diagnosticPullOptions: { onChange: true, onSave: true, filter: (_document, mode) => mode === DiagnosticPullMode.onType && readSetting("run", "onType") === "onSave" },
      // In Restricted Mode the server neither reads nor writes the caches a workspace holds.
      initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted } satisfies InitializationOptions,
      synchronize: {
        // The server re-reads `harden.*` through workspace/configuration when told they changed.
        configurationSection: settingsSection,
        fileEvents: vscode.workspace.createFileSystemWatcher("**/{harden.config.json,tsconfig*.json,package.json,*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}}"),
      },
    };
    const client = new LanguageClient("harden", "Harden", serverOptions, clientOptions);
    this.client = client;
    client.onDidChangeState(({ newState }) => {
      this.status.setServerProblem(newState === State.Stopped && this.client === client ? "the server stopped; run Harden: Restart Server" : undefined);
    });
    try {
      await client.start();
      client.onNotification(statusMethod, (params: StatusParams) => this.status.update(params));
    } catch (error) {
      this.output.error(`Harden's server failed to start: ${(error as Error).message}`);
      this.status.setServerProblem("the server failed to start; see Harden: Show Output");
    }
  }

  /** The server's route inventory; undefined while no server runs or when the request fails (said in the output). */
  async routes(): Promise<RoutesResult | undefined> {
    const client = this.client;
    if (!client?.isRunning()) return undefined;
    try {
      return await client.sendRequest<RoutesResult>(routesMethod);
    } catch (error) {
      this.output.error(`Harden could not list the routes: ${(error as Error).message}`);
      return undefined;
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.status.setServerProblem(undefined);
    if (client?.needsStop()) await client.stop();
  }

  dispose(): void {
    void this.stop();
  }
}

function readSetting<K extends keyof HardenSettings>(key: K, fallback: HardenSettings[K]): HardenSettings[K] {
  return vscode.workspace.getConfiguration(settingsSection).get<HardenSettings[K]>(key, fallback);
}

let connection: ServerConnection | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel("Harden", { log: true });
  const status = new LanguageStatus(documentSelector);
  const trace = new SettingTraceChannel(output, () => readSetting("trace", { server: "off" }).server);
  connection = new ServerConnection(context.asAbsolutePath("dist/server.js"), output, status, trace);
  const server = connection;
  context.subscriptions.push(
    output,
    trace,
    status,
    ...registerCommands({ client: () => server.current(), output, restart: () => server.restart() }),
    ...registerRoutesView(() => server.routes()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${settingsSection}.enable`)) void server.applyEnableSetting();
      if (event.affectsConfiguration(`${settingsSection}.trace.server`)) trace.settingChanged();
    }),
    vscode.workspace.onDidCloseTextDocument((document) => status.forget(document.uri.toString())),
    // The server learns of trust when it starts, and only then.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void server.restart()),
  );
  await server.applyEnableSetting();
}

/** VS Code waits for the returned promise, so the server gets its shutdown/exit instead of being killed. */
export function deactivate(): Promise<void> | undefined {
  return connection?.stop();
}
