// The purge client the hook uses. This package declares node-fetch 2.x, whose `timeout` option aborts the request.
import fetch from "node-fetch";

export async function purgePath(path: string) {
  // ok: missing-timeout -- node-fetch 2.x enforces its own `timeout` option
  const response = await fetch(`https://cdn.example.com/purge${path}`, { method: "POST", timeout: 4000 });
  return response.ok;
}

export async function purgeAll() {
  // expect: missing-timeout
  const response = await fetch("https://cdn.example.com/purge-all", { method: "POST" });
  return response.ok;
}
