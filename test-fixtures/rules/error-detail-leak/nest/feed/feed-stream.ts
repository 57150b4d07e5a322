import type { WebSocket } from "ws";
import { db } from "../../db";

export function attachFeed(peer: WebSocket): void {
  void db.query("insert into feed_peers (opened_at) values (now())");
  peer.on("message", (data) => peer.send(String(data)));
}
