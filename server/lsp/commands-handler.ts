// Server commands and the workspace scan: `harden.openRuleDocs` asks the client to show the rule's page, and
// `harden/workspaceScan` analyses every file of every workspace folder with cancellable `$/progress`.
import type { CancellationToken, WorkDoneProgressReporter, WorkDoneProgressServerReporter } from "vscode-languageserver";
import { ruleDocsUrl } from "../../rules/engine/docs-url.js";
import { serverCommands, workspaceScanMethod, type WorkspaceScanParams, type WorkspaceScanResult } from "../protocol.js";
import type { DiagnosticsHandler } from "./diagnostics-handler.js";
import type { Services } from "./services.js";

export function createCommandsHandler(services: Services, diagnostics: DiagnosticsHandler): void {
  const { connection, host, log } = services;

  connection.onExecuteCommand(async (params) => {
    if (params.command !== serverCommands.openRuleDocs) return;
    const ruleId = String(params.arguments?.[0] ?? "");
    if (!services.features.showDocument) {
      log.info(`${ruleId}: ${ruleDocsUrl(ruleId)}`);
      return;
    }
    await connection.window.showDocument({ uri: ruleDocsUrl(ruleId), external: true });
  });

  connection.onRequest(workspaceScanMethod, async (params: WorkspaceScanParams, token: CancellationToken): Promise<WorkspaceScanResult> => {
    const progress = await progressReporter(params);
    const progressCancelled = (): boolean => progress !== undefined && "token" in progress && (progress as WorkDoneProgressServerReporter).token.isCancellationRequested;
    const files = services.workspaceFolders.flatMap((folder) => host.filesOf(folder));
    const result: WorkspaceScanResult = { filesAnalysed: 0, findings: 0, cancelled: false };
    progress?.begin("Harden: analysing the workspace", 0, `0/${files.length} files`, true);
    const isCancelled = (): boolean => token.isCancellationRequested || progressCancelled();
    result.cancelled = !(await diagnostics.completeLoading(isCancelled));
    for (const folder of services.workspaceFolders) log.noticesOnce(host.readNotices(folder));
    for (const filePath of result.cancelled ? [] : files) {
      // Yield between files so a cancellation (or an edit) is seen while the scan runs.
      await new Promise((resolve) => setImmediate(resolve));
      if (isCancelled()) {
        result.cancelled = true;
        break;
      }
      result.findings += diagnostics.scanFile(filePath);
      result.filesAnalysed++;
      progress?.report(Math.round((100 * result.filesAnalysed) / files.length), `${result.filesAnalysed}/${files.length} files`);
    }
    progress?.done();
    log.info(`workspace scan: ${result.filesAnalysed} files, ${result.findings} findings${result.cancelled ? " (cancelled)" : ""}`);
    return result;
  });

  async function progressReporter(params: WorkspaceScanParams): Promise<WorkDoneProgressReporter | undefined> {
    if (params.workDoneToken !== undefined) return connection.window.attachWorkDoneProgress(params.workDoneToken);
    if (!services.features.workDoneProgress) return undefined;
    return connection.window.createWorkDoneProgress();
  }
}
