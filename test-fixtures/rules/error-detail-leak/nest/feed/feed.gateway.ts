import { Injectable } from "@nestjs/common";
import type { WebSocket } from "ws";
import { attachFeed } from "./feed-stream";

@Injectable()
export class FeedGateway {
  handleConnection(peer: WebSocket) {
    try {
      attachFeed(peer);
    } catch (error) {
      // expect: error-detail-leak
      peer.send(`feed failed: ${(error as Error).message}`);
    }
  }
}
