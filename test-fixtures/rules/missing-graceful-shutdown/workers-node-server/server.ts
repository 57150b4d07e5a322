import { httpServerHandler } from "cloudflare:node";
import { createServer } from "node:http";

const server = createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "application/json" });
  res.end(JSON.stringify({ path: req.url }));
});

// ok: missing-graceful-shutdown -- the Workers runtime runs this server in an isolate; no process receives SIGTERM
server.listen(8787);

export default httpServerHandler({ port: 8787 });
