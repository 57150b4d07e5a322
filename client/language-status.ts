// The language status item: findings in the active file, how long its analysis took, and a warning when the server is
// slow or failing. It only displays what the server reports through `harden/status`; it never analyses anything.
import * as vscode from "vscode";
import { clientCommands, type StatusParams } from "../server/protocol.js";

export class LanguageStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly statusByUri = new Map<string, StatusParams>();
  private serverProblem: string | undefined;
  private readonly editorChange: vscode.Disposable;

  constructor(selector: vscode.DocumentSelector) {
    this.item = vscode.languages.createLanguageStatusItem("harden.status", selector);
    this.item.name = "Harden";
    this.item.command = { title: "Show Output", command: clientCommands.showOutput };
    this.editorChange = vscode.window.onDidChangeActiveTextEditor(() => this.render());
    this.render();
  }

  /** Records the server's latest report for a document and shows it if that document is the active one. */
  update(status: StatusParams): void {
    this.statusByUri.set(status.uri, status);
    this.render();
  }

  forget(uri: string): void {
    this.statusByUri.delete(uri);
  }

  /** A problem with the server itself (not started, crashed); `undefined` clears it. */
  setServerProblem(problem: string | undefined): void {
    this.serverProblem = problem;
    this.render();
  }

  private render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri === undefined ? undefined : this.statusByUri.get(uri);
    this.item.busy = false;
    if (this.serverProblem) {
      this.item.text = "$(error) Harden";
      this.item.detail = this.serverProblem;
      this.item.severity = vscode.LanguageStatusSeverity.Error;
      return;
    }
    if (!status) {
      this.item.text = "Harden";
      this.item.detail = "waiting for analysis";
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    this.item.text = `Harden: ${status.findings === 1 ? "1 finding" : `${status.findings} findings`}`;
    const details = [`analysed in ${Math.round(status.durationMs)} ms`];
    // The first answer of a large project is file-local; the item spins until the cross-file findings arrive.
    this.item.busy = !status.complete;
    if (!status.complete) details.push("reading the rest of the project: cross-file findings follow");
    if (status.message) details.push(status.message);
    // The server is started knowing the workspace is untrusted and then neither reads nor writes its caches.
    if (!vscode.workspace.isTrusted) details.push("Restricted Mode: the workspace's caches are not used");
    this.item.detail = details.join("; ");
    this.item.severity = status.state === "ok" ? vscode.LanguageStatusSeverity.Information : vscode.LanguageStatusSeverity.Warning;
    if (status.state === "failing") this.item.text = `$(warning) ${this.item.text}`;
  }

  dispose(): void {
    this.editorChange.dispose();
    this.item.dispose();
  }
}
