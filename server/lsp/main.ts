// The language server's composition root: create the connection (`--stdio` or `--node-ipc`), build the services,
// register the handlers and listen. No logic lives here.
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type InitializeResult } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { fixAllCodeActionKind, serverCommands, type InitializationOptions } from "../protocol.js";
import { createCodeActionsHandler } from "./code-actions-handler.js";
import { createCommandsHandler } from "./commands-handler.js";
import { createDiagnosticsHandler } from "./diagnostics-handler.js";
import { createRoutesHandler } from "./routes-handler.js";
import { createServices, featuresOf, useWorkspaceCaches } from "./services.js";
import { InputDrain } from "./input-drain.js";
import { createSettingsHandler, type SettingsHandler } from "./settings-handler.js";
import { answerRefusedRequests, gateAfterShutdown } from "./shutdown-gate.js";
import { CodeActionKind } from "vscode-languageserver";
import { filePathOf } from "./uri.js";

const input = new InputDrain();
const connection = createConnection(ProposedFeatures.all, { messageStrategy: gateAfterShutdown(input) });
answerRefusedRequests(connection);
const documents = new TextDocuments(TextDocument);
const services = createServices(connection, documents, input);
const diagnostics = createDiagnosticsHandler(services);
createCodeActionsHandler(services, diagnostics);
createCommandsHandler(services, diagnostics);
createRoutesHandler(services, diagnostics);
let settings: SettingsHandler | undefined;
// A notification's handler has no one to answer: its failure is logged, never the end of the server.
const logInternalError = (error: unknown): void => services.log.error(`internal error: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
process.on("unhandledRejection", logInternalError);
process.on("uncaughtException", logInternalError);

connection.onInitialize((params): InitializeResult => {
  services.features = featuresOf(params);
  const folders = params.workspaceFolders?.map((folder) => filePathOf(folder.uri)) ?? [params.rootUri ? filePathOf(params.rootUri) : undefined];
  services.workspaceFolders = folders.filter((folder): folder is string => folder !== undefined);
  const { workspaceTrusted, ...initialSettings } = (params.initializationOptions ?? {}) as InitializationOptions;
  if (workspaceTrusted === true) useWorkspaceCaches(services, process.env);
  settings = createSettingsHandler(services, diagnostics, initialSettings);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllCodeActionKind], resolveProvider: true },
      executeCommandProvider: { commands: [serverCommands.openRuleDocs] },
      ...(services.features.pullDiagnostics ? { diagnosticProvider: { identifier: "harden", interFileDependencies: true, workspaceDiagnostics: true } } : {}),
      workspace: { workspaceFolders: { supported: true } },
    },
    serverInfo: { name: "harden" },
  };
});

connection.onInitialized(async () => {
  await settings?.start();
  settings?.publishConfigProblems();
});

documents.listen(connection);
connection.listen();
