// Peers announced to the relay process, by id: each connection announces the id it chooses.
import { createServer } from "node:net";

// expect: unbounded-cache
const peers = new Map<string, string>();

export function announce(id: string, address: string): void {
  peers.set(id, address);
}

createServer((connection) => {
  connection.on("data", (chunk) => announce(chunk.toString("utf8").trim(), String(connection.remoteAddress)));
}).listen(7000);
