import type { IncomingMessage } from "node:http";
import { OnGatewayConnection, WebSocketGateway } from "@nestjs/websockets";
import type { WebSocket } from "ws";

const noSession = 4401;

@WebSocketGateway({ path: "/board" })
// ok: missing-auth -- a plain ws gateway: the session cookie is looked up and the socket closed when there is none
export class BoardGateway implements OnGatewayConnection {
  constructor(private readonly sessions: { ownerOf(sessionId: string): Promise<string | undefined> }) {}

  async handleConnection(socket: WebSocket, request: IncomingMessage) {
    const owner = await this.ownerFromCookie(request);
    if (owner === undefined) {
      socket.close(noSession, "sign in first");
      return;
    }
    socket.send(JSON.stringify({ welcome: owner }));
  }

  private async ownerFromCookie(request: IncomingMessage): Promise<string | undefined> {
    const sessionId = /(?:^|;\s*)board_session=([^;]+)/.exec(request.headers.cookie ?? "")?.[1];
    return sessionId ? this.sessions.ownerOf(sessionId) : undefined;
  }
}

@WebSocketGateway({ path: "/ticker-raw" })
// expect: missing-auth
export class RawTickerGateway implements OnGatewayConnection {
  handleConnection(socket: WebSocket) {
    // Closing without reading any credential is a shutdown, not a check.
    if (Date.now() < 0) socket.close();
    socket.send("tick");
  }
}
