// The "Harden: Routes" tree view (client/routes-view.ts) against a stand-in for the `vscode` API and a fake connection
// whose `harden/routes` answers the test releases one by one: the tree groups routes by file, shows each route's status
// and opens its registration, folds a burst of diagnostics changes into one more request, and asks only when shown.
import * as assert from "node:assert/strict";
import Module from "node:module";
import type { RouteEntry, RoutesResult } from "../server/protocol.js";
import { EventEmitter, forgetClientModules } from "./fake-vscode.js";


class TreeItem {
  description?: string;
  tooltip?: { value: string };
  iconPath?: { id: string };
  command?: { command: string; arguments: unknown[] };
  resourceUri?: unknown;
  contextValue?: string;
  constructor(
    readonly label: string,
    readonly collapsibleState: number,
  ) {}
}

class ThemeIcon {
  static readonly File = new ThemeIcon("file");
  constructor(readonly id: string) {}
}

class MarkdownString {
  value = "";
  appendText(text: string): this {
    this.value += text;
    return this;
  }
}

const Uri = { parse: (uri: string) => ({ uri, toString: () => uri }) };

/** What registerRoutesView asked of VS Code, and the handles to drive it as VS Code would. */
const vscodeState = {
  view: { visible: false, changeVisibility: new EventEmitter<void>() },
  diagnosticsChanged: new EventEmitter<void>(),
  commands: new Map<string, () => unknown>(),
  viewId: "",
};

const vscodeStandIn = {
  EventEmitter,
  TreeItem,
  ThemeIcon,
  MarkdownString,
  Uri,
  TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
  workspace: { asRelativePath: (uri: { uri: string }) => uri.uri.replace("file:///work/shop/", "") },
  window: {
    createTreeView: (id: string) => {
      vscodeState.viewId = id;
      return {
        get visible() {
          return vscodeState.view.visible;
        },
        onDidChangeVisibility: vscodeState.view.changeVisibility.event,
        dispose() {},
      };
    },
  },
  languages: { onDidChangeDiagnostics: vscodeState.diagnosticsChanged.event },
  commands: {
    registerCommand: (id: string, run: () => unknown) => {
      vscodeState.commands.set(id, run);
      return { dispose: () => vscodeState.commands.delete(id) };
    },
  },
};

/** A connection whose answers arrive when the test releases them, counting the requests. */
class FakeConnection {
  requests = 0;
  private pending: Array<(result: RoutesResult | undefined) => void> = [];
  readonly fetch = (): Promise<RoutesResult | undefined> => {
    this.requests++;
    return new Promise((resolve) => this.pending.push(resolve));
  };
  /** Waits for the next request to be sent, then answers it. */
  async answer(result: RoutesResult | undefined): Promise<void> {
    await until(() => this.pending.length > 0);
    this.pending.shift()!(result);
  }
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

function route(method: string, path: string, file: string, line: number, extra: Partial<RouteEntry> = {}): RouteEntry {
  return {
    method,
    path,
    framework: "express",
    uri: `file:///work/shop/${file}`,
    range: { start: { line, character: 0 }, end: { line: line + 2, character: 2 } },
    guards: [],
    frameworkValidated: false,
    markedPublic: false,
    findings: [],
    ...extra,
  };
}

describe("extension: the Harden: Routes tree view", () => {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = loader._load;
  let view: typeof import("../client/routes-view.js");
  before(() => {
    loader._load = function (request: string, ...rest: unknown[]) {
      return request === "vscode" ? vscodeStandIn : originalLoad.call(this, request, ...rest);
    };
    forgetClientModules();
    view = require("../client/routes-view.ts") as typeof import("../client/routes-view.js");
  });
  after(() => {
    loader._load = originalLoad;
  });

  const orders = route("POST", "/orders", "src/orders.ts", 11, {
    guards: [
      { name: "requireSession", role: "auth", definedInUri: "file:///work/shop/src/session.ts" },
      { name: "orderLimiter", role: "rate-limit" },
      { name: "cors", role: "other" },
    ],
    findings: [{ ruleId: "missing-input-validation", severity: "warn", message: "`req.body` reaches the database unchecked.", line: 12 }],
  });
  const health = route("GET", "/health", "src/app.ts", 4, { markedPublic: true, frameworkValidated: true });
  const order = route("GET", "/orders/:id", "src/orders.ts", 3, { guards: [{ name: "requireSession", role: "auth" }, { name: "parseOrderId", role: "validation" }] });
  const dynamic = route("GET", "", "src/app.ts", 9);

  it("groups the routes by file, in line order, each with its status and a click that opens its registration", async () => {
    const connection = new FakeConnection();
    const provider = new view.RoutesTreeProvider(connection.fetch);
    const refreshed = provider.refresh();
    await connection.answer({ complete: true, routes: [orders, health, order, dynamic] });
    await refreshed;

    const files = provider.getChildren();
    assert.deepEqual(
      files.map((file) => [provider.getTreeItem(file).label, provider.getTreeItem(file).description]),
      [
        ["src/app.ts", "2 routes"],
        ["src/orders.ts", "2 routes, 1 finding"],
      ],
    );
    const items = provider.getChildren(files[1]).map((node) => provider.getTreeItem(node) as unknown as TreeItem);
    assert.deepEqual(
      items.map((item) => [item.label, item.description, item.iconPath?.id]),
      [
        ["GET /orders/:id", "auth: requireSession · validated: parseOrderId · no rate limit", "pass"],
        ["POST /orders", "auth: requireSession · no validation · rate limit: orderLimiter · 1 finding", "warning"],
      ],
    );
    const [target, options] = items[1]!.command!.arguments as [{ uri: string }, unknown];
    assert.deepEqual([items[1]!.command!.command, target.uri, options], ["vscode.open", orders.uri, { selection: orders.range }]);
    assert.match(items[1]!.tooltip!.value, /other middleware: cors/);
    assert.match(items[1]!.tooltip!.value, /missing-input-validation \(line 13\): `req\.body` reaches the database unchecked\./);
    const appItems = provider.getChildren(files[0]).map((node) => provider.getTreeItem(node));
    assert.deepEqual(
      appItems.map((item) => [item.label, item.description]),
      [
        ["GET /health", "public · validated by the framework · no rate limit"],
        ["GET (path built at run time)", "no auth · no validation · no rate limit"],
      ],
    );
    assert.deepEqual(provider.getChildren(provider.getChildren(files[0])[0]), []);
  });

  it("folds a burst of refreshes into one more request, shows the latest answer, and keeps the tree when an answer is cancelled", async () => {
    const connection = new FakeConnection();
    const provider = new view.RoutesTreeProvider(connection.fetch);
    let changes = 0;
    provider.onDidChangeTreeData(() => changes++);
    const first = provider.refresh();
    void provider.refresh();
    void provider.refresh();
    const last = provider.refresh();
    await connection.answer({ complete: true, routes: [health] });
    await connection.answer({ complete: true, routes: [health, orders] });
    await Promise.all([first, last]);
    assert.equal(connection.requests, 2);
    assert.equal(changes, 2);
    const shown = (): string[] => provider.getChildren().flatMap((file) => provider.getChildren(file).map((node) => String(provider.getTreeItem(node).label)));
    assert.deepEqual(shown(), ["GET /health", "POST /orders"]);

    const cancelled = provider.refresh();
    await connection.answer({ complete: false, routes: [] });
    await cancelled;
    assert.deepEqual(shown(), ["GET /health", "POST /orders"], "a cancelled answer leaves the tree as it was");

    const stopped = provider.refresh();
    await connection.answer(undefined);
    await stopped;
    assert.deepEqual(shown(), [], "no server, no routes");
  });

  it("asks again when diagnostics change while the view is shown, when it is shown after a change, and on harden.refreshRoutes", async () => {
    const connection = new FakeConnection();
    vscodeState.view.visible = false;
    const disposables = view.registerRoutesView(connection.fetch);
    assert.equal(vscodeState.viewId, "harden.routes");

    vscodeState.diagnosticsChanged.fire();
    assert.equal(connection.requests, 0, "a hidden view asks nothing");
    vscodeState.view.visible = true;
    vscodeState.view.changeVisibility.fire();
    assert.equal(connection.requests, 1, "shown after a change: asks once");
    await connection.answer({ complete: true, routes: [health] });

    vscodeState.view.visible = false;
    vscodeState.view.changeVisibility.fire();
    vscodeState.view.visible = true;
    vscodeState.view.changeVisibility.fire();
    assert.equal(connection.requests, 1, "shown again with nothing changed: the tree is current");

    vscodeState.diagnosticsChanged.fire();
    await until(() => connection.requests === 2);
    await connection.answer({ complete: true, routes: [health] });

    const refreshing = vscodeState.commands.get("harden.refreshRoutes")!();
    await until(() => connection.requests === 3);
    await connection.answer({ complete: true, routes: [] });
    await refreshing;
    for (const disposable of disposables) disposable.dispose();
    assert.equal(vscodeState.commands.size, 0);
  });
});
