import { Injectable } from "@nestjs/common";
import type { WebSocket } from "ws";
import { attachFeed } from "./feed-stream";

// Swapped in by FeedModule only when NODE_ENV is not production.
@Injectable()
export class LocalFeedGateway {
  handleConnection(peer: WebSocket) {
    try {
      attachFeed(peer);
    } catch (error) {
      // ok: error-detail-leak -- Nest is handed this gateway only outside production
      peer.send(`feed failed: ${(error as Error).message}`);
    }
  }
}
