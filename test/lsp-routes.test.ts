// `harden/routes` over the protocol: spawns the bundled dist/server.js --stdio on a copy of the routes-report workspace
// and checks the inventory it answers is the one `harden routes` prints (from the same model), in LSP terms (URIs,
// zero-based ranges), and that it follows an open document's unsaved text.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { routesMethod, type RoutesResult } from "../server/protocol.js";
import { copyFixtureWorkspace } from "./host-edits.js";
import { LspTestClient, serverPath, uriOf } from "./lsp/lsp-client";

const repoRoot = path.resolve(__dirname, "..");
const fixture = path.join(repoRoot, "test-fixtures/workspaces/routes-report");

describe("language server: harden/routes", function () {
  this.timeout(180_000);
  let workspace: string;
  let client: LspTestClient | undefined;

  before(() => assert.ok(fs.existsSync(serverPath), "dist/server.js is missing: run npm run build"));
  beforeEach(async () => {
    workspace = copyFixtureWorkspace(fixture, "harden-lsp-routes-");
    client = await LspTestClient.start({ workspace, pullDiagnostics: true });
  });
  afterEach(async () => {
    if (client && client.child.exitCode === null) await client.stop();
    client = undefined;
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  const requestRoutes = (): Promise<RoutesResult> => client!.connection.sendRequest(routesMethod, {});

  it("answers the routes harden routes lists, each with its URI, range, guards and findings", async () => {
    const answer = await requestRoutes();
    assert.equal(answer.complete, true);
    const cli = spawnSync(process.execPath, [path.join(repoRoot, "dist/cli.js"), "routes", ".", "--format", "json"], { cwd: workspace, encoding: "utf8" });
    assert.equal(cli.status, 0, cli.stderr);
    const printed = (JSON.parse(cli.stdout) as { routes: Array<{ method: string; path: string; framework: string; file: string; line: number; findings: Array<{ ruleId: string }> }> }).routes;
    const asListed = (route: { method: string; path: string; framework: string }, file: string, line: number, rules: string[]) =>
      `${route.method} ${route.path} ${route.framework} ${file}:${line} ${[...rules].sort().join(",")}`;
    assert.deepEqual(
      answer.routes.map((route) => asListed(route, path.relative(workspace, new URL(route.uri).pathname), route.range.start.line + 1, route.findings.map((finding) => finding.ruleId))).sort(),
      printed.map((route) => asListed(route, route.file, route.line, route.findings.map((finding) => finding.ruleId))).sort(),
    );
    assert.equal(answer.routes.length, 8);

    const orders = answer.routes.find((route) => route.method === "POST" && route.path === "/orders")!;
    assert.equal(orders.uri, uriOf(path.join(workspace, "src/shop.ts")));
    assert.deepEqual(orders.range.start, { line: 17, character: 0 });
    assert.deepEqual(orders.guards.find((guard) => guard.role === "auth"), { name: "requireApiKey", role: "auth", definedInUri: uriOf(path.join(workspace, "src/session.ts")) });
    assert.deepEqual(orders.findings.map((finding) => `${finding.line} ${finding.ruleId} ${finding.severity}`), ["18 missing-input-validation error"]);
    const subscribe = answer.routes.find((route) => route.path === "/subscribe")!;
    assert.deepEqual([subscribe.framework, subscribe.frameworkValidated], ["hono", true]);
  });

  it("lists the routes of an open document's unsaved text", async () => {
    const filePath = path.join(workspace, "src/shop.ts");
    const uri = await client!.open(filePath, fs.readFileSync(filePath, "utf8"));
    await client!.replaceText(uri, `${fs.readFileSync(filePath, "utf8")}\norders.delete("/:id", (req, res) => {\n  res.status(204).end();\n});\n`);
    const answer = await requestRoutes();
    const added = answer.routes.find((route) => route.method === "DELETE");
    assert.ok(added, `no DELETE route among ${answer.routes.map((route) => `${route.method} ${route.path}`).join(", ")}`);
    assert.equal(added.path, "/orders/:id");
    assert.ok(added.guards.some((guard) => guard.name === "requireApiKey" && guard.role === "auth"), "the router's mount guards it");
  });
});
