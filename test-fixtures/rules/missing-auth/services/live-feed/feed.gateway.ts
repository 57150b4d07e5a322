import { JwtService } from "@nestjs/jwt";
import { OnGatewayConnection, SubscribeMessage, WebSocketGateway } from "@nestjs/websockets";
import type { Socket } from "socket.io";

@WebSocketGateway({ namespace: "feed" })
// ok: missing-auth -- handleConnection hands the socket to the gateway's own methods, which verify the token and disconnect on failure
export class FeedGateway implements OnGatewayConnection {
  constructor(private readonly jwt: JwtService) {}

  handleConnection(client: Socket) {
    const self = this;
    return Promise.resolve().then(() => self.admit(client));
  }

  private async admit(client: Socket) {
    const viewer = this.viewerOf(client.handshake.auth?.token);
    if (!viewer) return this.drop(client);
    await client.join(viewer.sub);
  }

  private viewerOf(bearer: string | undefined): { sub: string } | undefined {
    try {
      return bearer ? this.jwt.verify(bearer) : undefined;
    } catch {
      return undefined;
    }
  }

  private drop(client: Socket) {
    client.disconnect(true);
  }

  @SubscribeMessage("ping")
  ping() {
    return "pong";
  }
}

@WebSocketGateway({ namespace: "ticker" })
// expect: missing-auth
export class TickerGateway implements OnGatewayConnection {
  handleConnection(client: Socket) {
    return this.greet(client);
  }

  private greet(client: Socket) {
    client.emit("hello", { at: Date.now() });
  }

  @SubscribeMessage("quote")
  quote() {
    return 42;
  }
}
