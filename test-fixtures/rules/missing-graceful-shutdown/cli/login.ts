import http from "node:http";

export function waitForCallback(): Promise<string> {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      res.end("You can close this tab.");
      resolve(new URL(req.url ?? "/", "http://localhost").searchParams.get("code") ?? "");
    });
    // ok: missing-graceful-shutdown -- a throwaway callback server on a random loopback port
    server.listen(0, "127.0.0.1");
  });
}
