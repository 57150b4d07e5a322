import { createServer } from "node:http";
import { meetsMinimum, settingsFor } from "./workarounds";

createServer((request, response) => {
  const query = new URL(request.url ?? "/", "http://localhost").searchParams;
  const version = (query.get("version") ?? "0").split(".").map(Number);
  const band = { from: query.get("minimum") ?? "0" };
  response.end(JSON.stringify({ ok: meetsMinimum(version, band), settings: settingsFor(version) }));
}).listen(3100);
