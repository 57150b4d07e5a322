// Unit tests for the outbound-calls model: which calls are bound to which client, where their options live,
// whether a timeout is set (call, options const, instance, defaults, wrappers), and the project-wide axios default.
import * as assert from "node:assert/strict";
import { parseSource } from "../rules/engine/analyze.js";
import { resolveConfig } from "../rules/engine/config.js";
import { lintSources } from "../rules/lint-project.js";
import { registry } from "../rules/index.js";
import { summarizeFile } from "../rules/model/summarize.js";
import type { OutboundCallSummary } from "../rules/model/types.js";

const root = "/srv/shop";

interface Described {
  call: string;
  client: OutboundCallSummary["client"];
  hasTimeout: boolean;
  options?: string;
}

/** The outbound calls of `text`, with spans replaced by the source text they cover. */
function outbound(text: string, relativePath = "src/service.ts"): Array<Described & Omit<OutboundCallSummary, "span" | "options" | "client" | "hasTimeout">> {
  const filePath = `${root}/${relativePath}`;
  const summary = summarizeFile(filePath, parseSource(filePath, text));
  return summary.outboundCalls.map(({ span, options, client, hasTimeout, ...rest }) => ({
    call: text.slice(span.start, span.end),
    client,
    hasTimeout,
    ...(options ? { options: text.slice(options.start, options.end) } : {}),
    ...rest,
  }));
}

function only<T>(items: T[]): T {
  assert.equal(items.length, 1, `expected one outbound call, got ${JSON.stringify(items)}`);
  return items[0]!;
}

describe("model: outbound calls", () => {
  it("records the global fetch with its init object and where a missing init goes", () => {
    const calls = outbound(`
      export async function load(url: string) {
        await fetch(url);
        await fetch(url, { headers: { accept: "json" }, signal: AbortSignal.timeout(5000) });
      }`);
    assert.deepEqual(
      calls.map((c) => [c.client, c.hasTimeout, c.optionsIndex, c.options]),
      [
        ["fetch", false, 1, undefined],
        ["fetch", true, 1, `{ headers: { accept: "json" }, signal: AbortSignal.timeout(5000) }`],
      ],
    );
  });

  it("ignores a fetch shadowed by a parameter or imported from an unknown library", () => {
    assert.deepEqual(outbound(`export const get = (fetch: typeof globalThis.fetch) => fetch("/x");`), []);
    assert.deepEqual(outbound(`import { fetch } from "@whatwg-node/fetch"; fetch("/x");`), []);
  });

  it("follows an init held by a const and gives up on a spread it cannot see", () => {
    const [fromConst, fromSpread, fromConstSpread] = outbound(`
      const jsonPost = { method: "POST" };
      const bounded = { signal: AbortSignal.timeout(1000) };
      export async function send(url: string, init: RequestInit) {
        await fetch(url, jsonPost);
        await fetch(url, { ...init, method: "PUT" });
        await fetch(url, { ...bounded, method: "PUT" });
      }`);
    assert.equal(fromConst?.options, `{ method: "POST" }`);
    assert.equal(fromConst?.hasTimeout, false);
    assert.equal(fromSpread?.isTimeoutUnknown, true);
    assert.equal(fromConstSpread?.hasTimeout, true);
  });

  it("places axios options by method: after the url, after the data, or as the only config", () => {
    const calls = outbound(`
      import axios from "axios";
      axios.get("/a");
      axios.post("/b", {});
      axios({ url: "/c", timeout: 1000 });
      axios("/d");`);
    assert.deepEqual(
      calls.map((c) => [c.call, c.optionsIndex, c.hasTimeout]),
      [
        [`axios.get("/a")`, 1, false],
        [`axios.post("/b", {})`, 2, false],
        [`axios({ url: "/c", timeout: 1000 })`, 0, true],
        [`axios("/d")`, 1, false],
      ],
    );
  });

  it("binds calls on an axios.create instance to the instance, which carries the timeout", () => {
    const source = `
      import axios from "axios";
      const api = axios.create({ baseURL: "https://api.example.com" });
      const crm = axios.create({ timeout: 5000 });
      export const a = () => api.get("/users");
      export const b = () => crm.post("/contacts", {});`;
    const [untimed, timed, throughUntimed, throughTimed] = outbound(source);
    assert.equal(untimed?.isInstanceFactory, true);
    assert.equal(untimed?.hasTimeout, false);
    assert.equal(timed?.hasTimeout, true);
    assert.equal(throughUntimed?.hasTimeout, false);
    assert.equal(throughUntimed?.instance?.start, source.indexOf("axios.create({ baseURL"), "a call on api points at its instance");
    assert.equal(throughTimed?.hasTimeout, true);
  });

  it("takes axios.defaults.timeout for axios calls and instance defaults for one instance", () => {
    const calls = outbound(`
      import axios from "axios";
      const api = axios.create();
      api.defaults.timeout = 2000;
      export const a = () => api.get("/a");`);
    assert.deepEqual(calls.map((c) => c.hasTimeout), [true, true]);

    const filePath = `${root}/src/http.ts`;
    const summary = summarizeFile(filePath, parseSource(filePath, `import axios from "axios"; axios.defaults.timeout = 5000; axios.get("/x");`));
    assert.deepEqual(summary.globalTimeouts, ["axios"]);
    assert.equal(summary.outboundCalls[0]?.hasTimeout, true);
  });

  it("a library-wide axios default set in one file covers axios calls in the others", () => {
    const config = resolveConfig({}, registry, root, "harden.config.json");
    const sources = [
      { filePath: `${root}/src/setup.ts`, text: `import axios from "axios";\naxios.defaults.timeout = 5000;\n` },
      { filePath: `${root}/src/users.ts`, text: `import axios from "axios";\nexport const load = () => axios.get("https://api.example.com/users");\n` },
      { filePath: `${root}/src/feed.ts`, text: `export const feed = () => fetch("https://feeds.example.com/rss");\n` },
    ];
    const findings = lintSources(sources, config, registry).files.flatMap((file) => file.findings).filter((f) => f.ruleId === "missing-timeout");
    assert.deepEqual(findings.map((f) => f.filePath), [`${root}/src/feed.ts`]);
  });

  it("a path-only axios call is browser code unless some file sets a library-wide axios base URL", () => {
    const config = resolveConfig({}, registry, root, "harden.config.json");
    const orders = { filePath: `${root}/src/orders.ts`, text: `import axios from "axios";\nexport const list = (page: number) => axios.get("/api/orders?page=" + page);\n` };
    const lint = (sources: Array<{ filePath: string; text: string }>) =>
      lintSources(sources, config, registry).files.flatMap((file) => file.findings).filter((f) => f.ruleId === "missing-timeout").map((f) => f.filePath);
    assert.deepEqual(lint([orders]), []);
    const setup = { filePath: `${root}/src/setup.ts`, text: `import axios from "axios";\naxios.defaults.baseURL = process.env.ORDERS_URL;\n` };
    assert.deepEqual(lint([setup, orders]), [orders.filePath]);
  });

  it("records got and its extend instances; got timeouts and signals count", () => {
    const calls = outbound(`
      import got from "got";
      const mailer = got.extend({ prefixUrl: "https://mail", timeout: { request: 1000 } });
      got.post("https://a", { json: {} });
      mailer.post("send", { json: {} });
      got("https://b", { signal: AbortSignal.timeout(10) });`);
    assert.deepEqual(calls.map((c) => [c.client, c.hasTimeout, c.isInstanceFactory ?? false]), [
      ["got", true, true],
      ["got", false, false],
      ["got", true, false],
      ["got", true, false],
    ]);
  });

  it("treats ky as bounded by its 10 s default unless the timeout is switched off", () => {
    const [plain, disabled] = outbound(`
      import ky from "ky";
      ky.get("https://a");
      ky.post("https://b", { json: {}, timeout: false });`);
    assert.equal(plain?.hasTimeout, true);
    assert.equal(disabled?.hasTimeout, false);
    assert.equal(disabled?.isTimeoutDisabled, true);
  });

  it("records node:https and http calls, placing options before a callback, and sees req.setTimeout", () => {
    const calls = outbound(`
      import https from "node:https";
      const http = require("http");
      https.get(url, (res) => res.resume());
      http.request({ host: "a", timeout: 1000 });
      const req = https.request("https://b", { method: "POST" });
      req.setTimeout(5000);`);
    assert.deepEqual(calls.map((c) => [c.client, c.optionsIndex, c.hasTimeout, c.options]), [
      ["http", 1, false, undefined],
      ["http", 0, true, `{ host: "a", timeout: 1000 }`],
      ["http", 1, true, `{ method: "POST" }`],
    ]);
  });

  it("binds undici's request and fetch, where headersTimeout counts", () => {
    const calls = outbound(`
      import { request, fetch as undiciFetch } from "undici";
      request("https://a", { headersTimeout: 1000 });
      undiciFetch("https://b");`);
    assert.deepEqual(calls.map((c) => [c.client, c.hasTimeout]), [["undici", true], ["undici", false]]);
  });

  it("records pg Pool and Client only when they come from pg", () => {
    const calls = outbound(`
      import pg from "pg";
      import { Pool } from "pg";
      import { Client } from "@elastic/elasticsearch";
      new Pool();
      new pg.Client(process.env.DATABASE_URL);
      new pg.Pool({ connectionTimeoutMillis: 5000 });
      new Client({ node: "http://es" });`);
    assert.deepEqual(calls.map((c) => [c.call, c.client, c.hasTimeout]), [
      ["new Pool()", "pg", false],
      ["new pg.Client(process.env.DATABASE_URL)", "pg", false],
      ["new pg.Pool({ connectionTimeoutMillis: 5000 })", "pg", true],
    ]);
  });

  it("counts withTimeout, p-timeout and Promise.race against a timer as wrappers, and lists enclosing calls", () => {
    const calls = outbound(`
      import limit from "p-timeout";
      withTimeout(fetch("https://x/a").then((r) => r.json()), 1000);
      limit(fetch("https://x/b"), { milliseconds: 1000 });
      Promise.race([fetch("https://x/c"), delay(1000)]);
      Promise.race([fetch("https://x/d"), fetch("https://x/e")]);
      retry(() => fetch("https://x/f"));`);
    assert.deepEqual(calls.map((c) => c.hasTimeout), [true, true, true, false, false, false]);
    assert.deepEqual(only(calls.filter((c) => c.call === `fetch("https://x/f")`)).enclosingCalls, ["retry"]);
  });

  it("reads timeouts that switch themselves off as disabled", () => {
    const call = only(outbound(`import axios from "axios"; axios.get("/x", { timeout: 0 });`));
    assert.equal(call.hasTimeout, false);
    assert.equal(call.isTimeoutDisabled, true);
  });
});
