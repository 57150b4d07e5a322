// Creates the Socket.IO server and its namespaces; the features that use them attach their own connection listeners
// in other modules, which receive the server from `startSockets`'s caller.
import type { Server as HttpServer } from "node:http";
import { Server, type Socket } from "socket.io";
import { attachModeratorDesk } from "./moderator-desk";
import { attachReportInbox } from "./report-inbox";
import { sessionForSocket } from "./session";

const live = new Set<Socket>();
const track = (socket: Socket) => {
  live.add(socket);
  socket.on("disconnect", () => live.delete(socket));
};

export function startSockets(httpServer: HttpServer) {
  // expect: missing-auth
  const io = new Server(httpServer);
  io.on("connection", track);
  // ok: missing-auth -- the desk's listener (moderator-desk.ts) returns before registering anything unless the session user is a moderator
  io.of("/moderators").use(sessionForSocket).on("connection", track);
  // expect: missing-auth
  io.of("/reports").use(sessionForSocket).on("connection", track);
  // ok: missing-auth -- this listener registers its handlers only for a socket whose session holds a user
  io.of("/audit").use(sessionForSocket).on("connection", (socket: any) => {
    const user = socket.request.session?.user;
    if (!user) return;
    socket.on("entries", (reply: (rows: string[]) => void) => reply([user.id]));
  });
  attachModeratorDesk({ io });
  attachReportInbox({ io });
}
