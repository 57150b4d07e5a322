import { createServer, type Server } from "node:http";

export class MetricsExporter {
  private server: Server = createServer((_req, res) => res.end("# metrics"));

  start(port: number): void {
    // ok: missing-graceful-shutdown -- the class owns the server and closes it in stop(); its owner decides when
    this.server.listen(port);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export function serveMetrics(port: number) {
  const server = createServer((_req, res) => res.end("# metrics"));
  // ok: missing-graceful-shutdown -- closed by the function it returns
  server.listen(port);
  return () => server.close();
}
