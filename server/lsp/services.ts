// What the handlers share: the connection and its input, open documents, the project host, the findings cache, the
// client's features and the current settings. Built once in main.ts; handlers receive it and keep no state of their own.
import type { Connection, InitializeParams, TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import packageJson from "../../package.json";
import { engineIdentity } from "../host/engine-build.js";
import { ProjectHost } from "../host/project-host.js";
import { openUserCache } from "../host/user-cache.js";
import { defaultSettings, type HardenSettings } from "../protocol.js";
import { registry } from "../../rules/index.js";
import { FindingsCache } from "./findings-cache.js";
import type { InputDrain } from "./input-drain.js";
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
  /** When the messages received so far have been handled. */
  input: InputDrain;
  documents: TextDocuments<TextDocument>;
  host: ProjectHost;
  cache: FindingsCache;
  log: ServerLog;
  features: ClientFeatures;
  settings: HardenSettings;
  /** Resolves once the client's settings are known, so no document is analysed under the defaults first. */
  settingsKnown: Promise<void>;
  /** Workspace folders as file paths (the root path when the client sends no folders). */
  workspaceFolders: string[];
}

export function createServices(connection: Connection, documents: TextDocuments<TextDocument>, input: InputDrain): Services {
  return {
    connection,
    input,
    documents,
    host: new ProjectHost(registry),
    cache: new FindingsCache(),
    log: new ServerLog(connection),
    features: featuresOf({ capabilities: {} } as InitializeParams),
    settings: defaultSettings,
    settingsKnown: Promise.resolve(),
    workspaceFolders: [],
  };
}

/**
 * In a workspace the user trusts, projects start from the CLI's on-disk cache (a project whose files it, or an earlier
 * server, summarised opens warm) and write it; only caches this user's Harden wrote are read (see summary-cache.ts).
 */
export function useWorkspaceCaches(services: Services, env: Readonly<Record<string, string | undefined>>): void {
  const userCache = openUserCache(env);
  if ("key" in userCache) services.host.useDiskCache({ version: engineIdentity(packageJson.version), key: userCache.key });
  else services.log.info(`${userCache.directory ?? "per-user cache"}: ${userCache.problem}; the on-disk cache is off`);
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
