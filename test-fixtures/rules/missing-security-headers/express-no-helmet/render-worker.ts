// The render worker serves thumbnails to the converter process it spawns: it binds to a loopback address on a port the
// OS picks and hands that port to the child, so no browser and no proxy config can ever reach it.
import express from "express";
import { spawn } from "node:child_process";
import type { AddressInfo } from "node:net";

export function startRenderWorker(frames: Map<string, Buffer>): void {
  // ok: missing-security-headers -- reachable only by the child process that is told the OS-chosen port
  const worker = express();
  worker.get("/frame/:id", (req, res) => {
    const frame = frames.get(req.params.id);
    if (!frame) return res.sendStatus(404);
    res.type("image/png").send(frame);
  });
  const server = worker.listen({ port: 0, host: "127.0.0.1" }, () => {
    const { port } = server.address() as AddressInfo;
    spawn("converter", ["--source", `http://127.0.0.1:${port}/frame`]);
  });
}

export function startPreview(pages: Map<string, string>): void {
  // A fixed port on loopback is what a reverse proxy on the same host forwards browsers to.
  // expect: missing-security-headers
  const preview = express();
  preview.get("/:slug", (req, res) => res.send(pages.get(req.params.slug) ?? "<p>missing</p>"));
  preview.listen(4100, "127.0.0.1");
}

export function startScratch(pages: Map<string, string>): void {
  // Port 0 on every interface: anyone on the network who finds the port can load the pages.
  // expect: missing-security-headers
  const scratch = express();
  scratch.get("/:slug", (req, res) => res.send(pages.get(req.params.slug) ?? "<p>missing</p>"));
  scratch.listen(0);
}
