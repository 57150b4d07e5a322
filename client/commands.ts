// The four palette commands. Each asks the server (through the client) or the output channel; no analysis happens here.
import * as vscode from "vscode";
import { WorkDoneProgress, type LanguageClient, type WorkDoneProgressReport } from "vscode-languageclient/node";
import {
  clientCommands,
  safeFixesMethod,
  workspaceScanMethod,
  type SafeFixesParams,
  type SafeFixesResult,
  type WorkspaceScanParams,
  type WorkspaceScanResult,
} from "../server/protocol.js";

export interface CommandTargets {
  /** The running client, or undefined when Harden is disabled or the server is not up. */
  client(): LanguageClient | undefined;
  output: vscode.OutputChannel;
  restart(): Promise<void>;
}

export function registerCommands(targets: CommandTargets): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(clientCommands.analyzeWorkspace, () => analyzeWorkspace(targets)),
    vscode.commands.registerCommand(clientCommands.fixAll, () => fixAllInActiveFile(targets)),
    vscode.commands.registerCommand(clientCommands.showOutput, () => targets.output.show(true)),
    vscode.commands.registerCommand(clientCommands.restartServer, () => targets.restart()),
  ];
}

function runningClient(targets: CommandTargets): LanguageClient | undefined {
  const client = targets.client();
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage("Harden's server is not running (is `harden.enable` off?).");
    return undefined;
  }
  return client;
}

async function analyzeWorkspace(targets: CommandTargets): Promise<void> {
  const client = runningClient(targets);
  if (!client) return;
  const token = `harden-scan-${Date.now()}`;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "Harden: analysing the workspace", cancellable: true },
    async (progress, cancellation) => {
      let reported = 0;
      const listener = client.onProgress(WorkDoneProgress.type, token, (value) => {
        if (value.kind !== "report") return;
        const report = value as WorkDoneProgressReport;
        const increment = report.percentage === undefined ? undefined : report.percentage - reported;
        reported = report.percentage ?? reported;
        progress.report({ message: report.message, increment });
      });
      try {
        const params: WorkspaceScanParams = { workDoneToken: token };
        return await client.sendRequest<WorkspaceScanResult>(workspaceScanMethod, params, cancellation);
      } finally {
        listener.dispose();
      }
    },
  );
  const summary = `Harden analysed ${result.filesAnalysed} files: ${result.findings} findings${result.cancelled ? " (cancelled)" : ""}.`;
  targets.output.appendLine(summary);
  void vscode.window.showInformationMessage(summary);
}

async function fixAllInActiveFile(targets: CommandTargets): Promise<void> {
  const client = runningClient(targets);
  const document = vscode.window.activeTextEditor?.document;
  if (!client || !document) return;
  const params: SafeFixesParams = { textDocument: { uri: document.uri.toString(), version: document.version } };
  const { edit } = await client.sendRequest<SafeFixesResult>(safeFixesMethod, params);
  if (!edit) {
    void vscode.window.showInformationMessage("Harden: no safe fixes in this file.");
    return;
  }
  const workspaceEdit = await client.protocol2CodeConverter.asWorkspaceEdit(edit as Parameters<typeof client.protocol2CodeConverter.asWorkspaceEdit>[0]);
  if (!workspaceEdit || !(await vscode.workspace.applyEdit(workspaceEdit))) {
    void vscode.window.showWarningMessage("Harden: the file changed while the fixes were computed; try again.");
  }
}
