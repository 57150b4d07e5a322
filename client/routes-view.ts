// The "Harden: Routes" tree view: the server's route inventory (`harden/routes`) grouped by the file that registers
// each route, with its guards, validation, rate limit and findings; a click opens the registration. It only displays
// what the server answers and asks again when diagnostics change; it never analyses anything.
import * as vscode from "vscode";
import { clientCommands, routesViewId, type RouteEntry, type RoutesResult } from "../server/protocol.js";

/** Asks the server for the inventory; undefined when no server is running. */
export type FetchRoutes = () => Promise<RoutesResult | undefined>;

export type RoutesNode = { kind: "file"; uri: string; routes: RouteEntry[] } | { kind: "route"; route: RouteEntry };

export class RoutesTreeProvider implements vscode.TreeDataProvider<RoutesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<RoutesNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private files: Array<Extract<RoutesNode, { kind: "file" }>> = [];
  private fetching: Promise<void> | undefined;
  private fetchAgain = false;

  constructor(private readonly fetchRoutes: FetchRoutes) {}

  /**
   * Asks the server again. Calls while an answer is awaited are folded into one more request after it, so a burst of
   * diagnostics changes costs at most two requests; the promise settles once the tree shows the latest answer.
   */
  refresh(): Promise<void> {
    this.fetchAgain = true;
    this.fetching ??= this.fetchUntilCurrent();
    return this.fetching;
  }

  getChildren(node?: RoutesNode): RoutesNode[] {
    if (!node) return this.files;
    return node.kind === "file" ? node.routes.map((route) => ({ kind: "route", route })) : [];
  }

  getTreeItem(node: RoutesNode): vscode.TreeItem {
    return node.kind === "file" ? fileItem(node.uri, node.routes) : routeItem(node.route);
  }

  dispose(): void {
    this.changed.dispose();
  }

  private async fetchUntilCurrent(): Promise<void> {
    try {
      while (this.fetchAgain) {
        this.fetchAgain = false;
        const result = await this.fetchRoutes();
        // A cancelled answer holds no routes; the tree keeps what it showed.
        if (result && !result.complete) continue;
        this.files = groupByFile(result?.routes ?? []);
        this.changed.fire(undefined);
      }
    } finally {
      // In the same step as the last check, so a refresh asked meanwhile is never lost.
      this.fetching = undefined;
    }
  }
}

function groupByFile(routes: readonly RouteEntry[]): Array<Extract<RoutesNode, { kind: "file" }>> {
  const byUri = new Map<string, RouteEntry[]>();
  for (const route of routes) byUri.set(route.uri, [...(byUri.get(route.uri) ?? []), route]);
  return [...byUri]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([uri, fileRoutes]) => ({ kind: "file", uri, routes: fileRoutes.sort((a, b) => a.range.start.line - b.range.start.line) }));
}

function fileItem(uri: string, routes: readonly RouteEntry[]): vscode.TreeItem {
  const resourceUri = vscode.Uri.parse(uri);
  const item = new vscode.TreeItem(vscode.workspace.asRelativePath(resourceUri), vscode.TreeItemCollapsibleState.Expanded);
  item.resourceUri = resourceUri;
  item.iconPath = vscode.ThemeIcon.File;
  const findings = routes.reduce((count, route) => count + route.findings.length, 0);
  item.description = `${plural(routes.length, "route")}${findings > 0 ? `, ${plural(findings, "finding")}` : ""}`;
  item.contextValue = "hardenRouteFile";
  return item;
}

function routeItem(route: RouteEntry): vscode.TreeItem {
  const item = new vscode.TreeItem(`${route.method} ${route.path || "(path built at run time)"}`, vscode.TreeItemCollapsibleState.None);
  const status = statusOf(route);
  item.description = [status.auth, status.validation, status.rateLimit, ...(route.findings.length > 0 ? [plural(route.findings.length, "finding")] : [])].join(" · ");
  item.tooltip = tooltipOf(route, status);
  item.iconPath = new vscode.ThemeIcon(route.findings.length > 0 ? "warning" : "pass");
  item.contextValue = "hardenRoute";
  item.command = { title: "Open Route", command: "vscode.open", arguments: [vscode.Uri.parse(route.uri), { selection: route.range }] };
  return item;
}

interface RouteStatus {
  auth: string;
  validation: string;
  rateLimit: string;
}

/** The three columns of `harden routes`, in words short enough for a tree item's description. */
export function statusOf(route: RouteEntry): RouteStatus {
  const named = (role: RouteEntry["guards"][number]["role"]): string[] => route.guards.filter((guard) => guard.role === role).map((guard) => guard.name);
  const auth = named("auth");
  const validators = named("validation");
  const limiters = named("rate-limit");
  return {
    auth: auth.length > 0 ? `auth: ${auth.join(", ")}` : route.markedPublic ? "public" : "no auth",
    validation: validators.length > 0 ? `validated: ${validators.join(", ")}` : route.frameworkValidated ? "validated by the framework" : "no validation",
    rateLimit: limiters.length > 0 ? `rate limit: ${limiters.join(", ")}` : "no rate limit",
  };
}

function tooltipOf(route: RouteEntry, status: RouteStatus): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(`${route.method} ${route.path || "(path built at run time)"} — ${route.framework}\n\n`);
  tooltip.appendText(`${status.auth}\n${status.validation}\n${status.rateLimit}\n`);
  const others = route.guards.filter((guard) => guard.role === "other").map((guard) => guard.name);
  if (others.length > 0) tooltip.appendText(`other middleware: ${others.join(", ")}\n`);
  for (const finding of route.findings) tooltip.appendText(`\n${finding.ruleId} (line ${finding.line + 1}): ${finding.message}`);
  return tooltip;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/**
 * Contributes the view and `harden.refreshRoutes`. The tree asks again when diagnostics change while it is shown; a
 * change while it is hidden is remembered and answered when it is shown again.
 */
export function registerRoutesView(fetchRoutes: FetchRoutes): vscode.Disposable[] {
  const provider = new RoutesTreeProvider(fetchRoutes);
  const view = vscode.window.createTreeView<RoutesNode>(routesViewId, { treeDataProvider: provider, showCollapseAll: true });
  let stale = true;
  const refreshWhenShown = (): void => {
    stale = !view.visible;
    if (view.visible) void provider.refresh();
  };
  return [
    provider,
    view,
    view.onDidChangeVisibility(() => stale && refreshWhenShown()),
    vscode.languages.onDidChangeDiagnostics(refreshWhenShown),
    vscode.commands.registerCommand(clientCommands.refreshRoutes, () => provider.refresh()),
  ];
}
