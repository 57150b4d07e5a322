// The contract between the VS Code extension and the language server: settings, command ids and custom methods.
// Plain data only: the client imports this file and nothing else from server/, so it must not import any library.

/** Per-rule severity overrides from the editor; they win over harden.config.json. */
export type RuleSeverityOverride = "off" | "info" | "warn" | "error";

/** The `harden.*` settings, read by the server through `workspace/configuration` (section `harden`). */
export interface HardenSettings {
  enable: boolean;
  /**
   * `onType`: analyse as the user types (a burst of edits is analysed once, at its last version); `onSave`: only when the
   * file is opened or saved, and the diagnostics shown are those of the text as last opened or saved.
   */
  run: "onType" | "onSave";
  rules: Record<string, RuleSeverityOverride>;
  trace: { server: "off" | "messages" | "verbose" };
}

export const settingsSection = "harden";

export const defaultSettings: HardenSettings = { enable: true, run: "onType", rules: {}, trace: { server: "off" } };

/** `initialize`'s `initializationOptions`: initial settings, and whether the user trusts the workspace. */
export interface InitializationOptions extends Partial<HardenSettings> {
  /**
   * VS Code's workspace trust. Only in a trusted workspace does the server read or write the on-disk caches a workspace
   * holds (node_modules/.cache/harden); absent means untrusted.
   */
  workspaceTrusted?: boolean;
}

/** Commands the extension contributes and implements itself (they appear in the command palette). */
export const clientCommands = {
  analyzeWorkspace: "harden.analyzeWorkspace",
  fixAll: "harden.fixAll",
  showOutput: "harden.showOutput",
  restartServer: "harden.restartServer",
  refreshRoutes: "harden.refreshRoutes",
} as const;

/** The id of the "Harden: Routes" tree view the extension contributes (in the Explorer). */
export const routesViewId = "harden.routes";

/**
 * Commands the server executes (`workspace/executeCommand`); a language client registers them for the editor.
 * `openRuleDocs` takes one argument, the rule id, and asks the client to show the rule's page (`window/showDocument`).
 */
export const serverCommands = {
  openRuleDocs: "harden.openRuleDocs",
} as const;

/** The code action kind of Harden's fix-all (safe fixes only), for `editor.codeActionsOnSave`. */
export const fixAllCodeActionKind = "source.fixAll.harden";

/**
 * Request `harden/workspaceScan` (client → server): analyse every file of every workspace folder, publish or refresh
 * their diagnostics and report `$/progress` (files done / total) on the given work-done token, or on one the server
 * creates when the client supports `window.workDoneProgress`. Cancellable with `$/cancelRequest`.
 */
export const workspaceScanMethod = "harden/workspaceScan";

export interface WorkspaceScanParams {
  workDoneToken?: string | number;
}

export interface WorkspaceScanResult {
  filesAnalysed: number;
  findings: number;
  /** True when the scan was cancelled before it finished; the counts cover the files done so far. */
  cancelled: boolean;
}

/**
 * Request `harden/safeFixes` (client → server): the edit that applies every safe fix in one open document, as
 * `source.fixAll.harden` would; `edit` is null when there is nothing to fix or the version is stale.
 */
export const safeFixesMethod = "harden/safeFixes";

export interface SafeFixesParams {
  textDocument: { uri: string; version: number };
}

export interface SafeFixesResult {
  /** An LSP WorkspaceEdit (`documentChanges` with the document's version). */
  edit: unknown;
}

/**
 * Notification `harden/status` (server → client) after each analysis of an open document, for the language status
 * item: how many findings, how long the analysis took, and whether the server is healthy, slow or failing.
 */
export const statusMethod = "harden/status";

export interface StatusParams {
  uri: string;
  /** The document version analysed. */
  version: number;
  /** False while the project's other files are still being read: cross-file findings follow once they are. */
  complete: boolean;
  findings: number;
  durationMs: number;
  /** The server's CPU time for the analysis (user + system), which a loaded machine does not inflate as it does `durationMs`. */
  cpuMs: number;
  state: "ok" | "slow" | "failing";
  /** One line for the status item's detail when `state` is not ok (never document text or a secret). */
  message?: string;
}

/** An analysis slower than this is reported with `state: "slow"`. */
export const slowAnalysisMs = 1_000;

/**
 * Request `harden/routes` (client → server): the route inventory of every workspace folder, as `harden routes` prints
 * it, against the open documents as the editor has them. Answered once the projects have loaded; cancellable.
 */
export const routesMethod = "harden/routes";

export interface RoutesResult {
  routes: RouteEntry[];
  /** False when the request was cancelled before the projects had loaded: `routes` is then empty. */
  complete: boolean;
}

export interface RouteEntry {
  /** Upper-case HTTP method, or `ALL` for a route that answers every method. */
  method: string;
  /** Mount prefixes joined with the route's own path; "" when it is built at run time. */
  path: string;
  framework: string;
  /** The file that registers the route, and the range of its registration (LSP positions, zero-based). */
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  guards: RouteGuardEntry[];
  /** A framework-level validator applies (a Fastify schema, a validation pipe, a validator middleware of the framework). */
  frameworkValidated: boolean;
  /** The route is explicitly marked public (such as `@Public()`). */
  markedPublic: boolean;
  findings: RouteFindingEntry[];
}

export interface RouteGuardEntry {
  name: string;
  role: "auth" | "validation" | "rate-limit" | "other";
  /** The project file that defines it; absent for a package's guard. */
  definedInUri?: string;
}

export interface RouteFindingEntry {
  ruleId: string;
  severity: "info" | "warn" | "error";
  message: string;
  /** Zero-based line of the finding. */
  line: number;
}
