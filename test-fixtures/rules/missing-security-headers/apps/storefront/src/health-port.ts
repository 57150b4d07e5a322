import http from "node:http";
import express from "express";

// The storefront renders pages elsewhere in this package, but this second app only answers its own probe route with
// a fixed JSON body; nothing else is mounted on it, so it never sends a document a header could protect.
export function openHealthPort(port: number): http.Server {
  // ok: missing-security-headers -- its only route answers a literal object at once; no document is ever served
  const probe = express();
  probe.get("/health", (_req, res) => {
    res.send({ status: "ok" });
  });
  const server = http.createServer(probe);
  server.listen(port);
  return server;
}

// A second app whose route reads a file before it answers: not a probe, so it is still judged.
export function openPreviewPort(port: number, html: () => Promise<string>): void {
  // expect: missing-security-headers
  const preview = express();
  preview.get("/", async (_req, res) => {
    res.send(await html());
  });
  preview.listen(port);
}
