// `harden/routes`: the host's route inventory of every workspace folder (the data `harden routes` prints), translated
// into the protocol's plain entries with LSP URIs and ranges. No analysis here.
import type { CancellationToken } from "vscode-languageserver";
import type { ReportedRoute } from "../../rules/lint-project.js";
import { routesMethod, type RouteEntry, type RoutesResult } from "../protocol.js";
import { toRange } from "./conversions.js";
import type { DiagnosticsHandler } from "./diagnostics-handler.js";
import type { Services } from "./services.js";
import { uriOf } from "./uri.js";

export function createRoutesHandler(services: Services, diagnostics: DiagnosticsHandler): void {
  const { connection, host, log } = services;

  connection.onRequest(routesMethod, async (_params: unknown, token: CancellationToken): Promise<RoutesResult> => {
    // Knowing each folder's project first lets the load read all of them.
    for (const folder of services.workspaceFolders) host.rootOf(folder);
    if (!(await diagnostics.completeLoading(() => token.isCancellationRequested))) return { routes: [], complete: false };
    // The open documents' texts count as they do for diagnostics: as typed, or in onSave mode as last analysed (saved).
    if (services.settings.run === "onType") for (const document of services.documents.all()) diagnostics.analyzeDocument(document);
    const routes = services.workspaceFolders.flatMap((folder) => host.routesOf(folder));
    log.info(`routes: ${routes.length} in ${services.workspaceFolders.length} workspace folder(s)`);
    return { routes: routes.map((route) => toRouteEntry(route, host.textOf(route.filePath) ?? "")), complete: true };
  });
}

export function toRouteEntry(route: ReportedRoute, text: string): RouteEntry {
  return {
    method: route.method,
    path: route.path,
    framework: route.framework,
    uri: uriOf(route.filePath),
    range: toRange(text, route.span),
    guards: route.guards.map((guard) => ({ name: guard.name, role: guard.role, ...(guard.definedIn ? { definedInUri: uriOf(guard.definedIn) } : {}) })),
    frameworkValidated: route.frameworkValidated,
    markedPublic: route.markedPublic,
    findings: route.findings.map((finding) => ({ ruleId: finding.ruleId, severity: finding.severity, message: finding.message, line: finding.location.line - 1 })),
  };
}
