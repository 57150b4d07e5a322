// What the handlers share: the connection, open documents, the project host, the findings cache, the client's
// features and the current settings. Built once in main.ts; handlers receive it and keep no state of their own.
import type { Connection, InitializeParams, TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { ProjectHost } from "../host/project-host.js";
import { defaultSettings, type HardenSettings } from "../protocol.js";
import { registry } from "../../rules/index.js";
import { FindingsCache } from "./findings-cache.js";
import { ServerLog } from "./server-log.js";

export interface ClientFeatures {
  pullDiagnostics: boolean;
  canCreateFiles: boolean;
  workDoneProgress: boolean;
  showDocument: boolean;
  configuration: boolean;
  watchedFilesRegistration: boolean;
  /** The client fills in a code action's `edit` through `codeAction/resolve`. */
  resolvesCodeActionEdits: boolean;
}

export interface Services {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  host: ProjectHost;
  cache: FindingsCache;
  log: ServerLog;
  features: ClientFeatures;
  settings: HardenSettings;
  /** Workspace folders as file paths (the root path when the client sends no folders). */
  workspaceFolders: string[];
}

export function createServices(connection: Connection, documents: TextDocuments<TextDocument>): Services {
  return {
    connection,
    documents,
    host: new ProjectHost(registry),
    cache: new FindingsCache(),
    log: new ServerLog(connection),
    features: featuresOf({ capabilities: {} } as InitializeParams),
    settings: defaultSettings,
    workspaceFolders: [],
  };
}

export function featuresOf(params: InitializeParams): ClientFeatures {
  const { textDocument, workspace, window } = params.capabilities;
  return {
    pullDiagnostics: textDocument?.diagnostic !== undefined,
    canCreateFiles: workspace?.workspaceEdit?.resourceOperations?.includes("create") === true && workspace.workspaceEdit.documentChanges === true,
    workDoneProgress: window?.workDoneProgress === true,
    showDocument: window?.showDocument?.support === true,
    configuration: workspace?.configuration === true,
    watchedFilesRegistration: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    resolvesCodeActionEdits: textDocument?.codeAction?.resolveSupport?.properties.includes("edit") === true,
  };
}
