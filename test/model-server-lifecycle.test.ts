// Unit tests for the server-lifecycle and supabase-clients models: which `listen` calls start a long-running server and
// how a fix can close it, which signal handlers drain, and which Supabase clients hold the service-role key.
import * as assert from "node:assert/strict";
import { parseSource } from "../rules/engine/analyze.js";
import { drainsOnShutdown, handlesSignals } from "../rules/model/server-lifecycle.js";
import { summarizeFile } from "../rules/model/summarize.js";

const filePath = "/srv/api/src/index.ts";
const summaryOf = (text: string) => summarizeFile(filePath, parseSource(filePath, text));

function listens(text: string) {
  return (summaryOf(text).serverLifecycle?.listens ?? []).map(({ span, kind, handle, isEphemeral, isClosedInFile }) => ({
    call: text.slice(span.start, span.end),
    kind,
    handle: handle && `${handle.name}:${handle.close}`,
    isEphemeral,
    isClosedInFile,
  }));
}

describe("model: server lifecycle", () => {
  it("records framework and Node servers with the name a fix closes them by", () => {
    const text = [
      'import express from "express";',
      'import http from "node:http";',
      'import Fastify from "fastify";',
      "const app = express();",
      "const server = app.listen(3000);",
      "const raw = http.createServer(app);",
      'raw.listen(8080, "0.0.0.0");',
      "const api = Fastify();",
      "await api.listen({ port: 3001 });",
    ].join("\n");
    assert.deepEqual(listens(text), [
      { call: "app.listen", kind: "express", handle: "server:server", isEphemeral: false, isClosedInFile: false },
      { call: "raw.listen", kind: "http", handle: "raw:server", isEphemeral: false, isClosedInFile: false },
      { call: "api.listen", kind: "fastify", handle: "api:fastify", isEphemeral: false, isClosedInFile: false },
    ]);
  });

  it("tells throwaway and self-managed servers, and ignores listen on anything else", () => {
    const text = [
      'import { createServer } from "node:http";',
      "const callback = createServer(() => {});",
      'callback.listen(0, "127.0.0.1");',
      "const metrics = createServer(() => {});",
      "metrics.listen(9100);",
      "export const stop = () => metrics.close();",
      'bus.listen("event", () => {});',
    ].join("\n");
    assert.deepEqual(
      listens(text).map(({ call, isEphemeral, isClosedInFile }) => ({ call, isEphemeral, isClosedInFile })),
      [
        { call: "callback.listen", isEphemeral: true, isClosedInFile: false },
        { call: "metrics.listen", isEphemeral: false, isClosedInFile: true },
      ],
    );
  });

  it("counts a signal handler as draining only when it does more than log and exit", () => {
    const exitsOnly = summaryOf('process.on("SIGTERM", () => { console.log("bye"); process.exit(0); });');
    assert.equal(handlesSignals(exitsOnly), true);
    assert.equal(drainsOnShutdown(exitsOnly), false);
    assert.equal(drainsOnShutdown(summaryOf('process.once("SIGINT", () => server.close(() => process.exit(0)));')), true);
    assert.equal(drainsOnShutdown(summaryOf('for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, shutdown);')), true);
    assert.equal(drainsOnShutdown(summaryOf('process.on("SIGUSR2", () => server.close());')), false);
    assert.equal(drainsOnShutdown(summaryOf('import closeWithGrace from "close-with-grace";\ncloseWithGrace(async () => app.close());')), true);
    assert.equal(drainsOnShutdown(summaryOf("app.enableShutdownHooks();")), true);
  });
});

describe("model: supabase service-role clients", () => {
  it("knows the key by the variable or property it comes from, and where the client is held", () => {
    const text = [
      'import { createClient } from "@supabase/supabase-js";',
      "export const admin = createClient(url, process.env.SUPABASE_SERVICE_ROLE_KEY!);",
      "const key = Deno.env.get(\"SUPABASE_SECRET_KEY\") ?? \"\";",
      "export function makeAdmin() { return createClient(url, key); }",
      "export const fromConfig = () => createClient(url, config.supabase.serviceRoleKey);",
      "export const anon = createClient(url, process.env.SUPABASE_ANON_KEY!);",
    ].join("\n");
    const facts = summaryOf(text).supabaseServiceRole;
    assert.deepEqual(
      facts?.clients.map(({ bound, factory }) => bound ?? `${factory}()`),
      ["admin", "makeAdmin()", "fromConfig()"],
    );
    assert.deepEqual(facts?.keyReads.map((read) => read.name), ["SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_SECRET_KEY"]);
  });
});
