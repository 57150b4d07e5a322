import { createServer } from "node:http";
import { Server } from "socket.io";
import { sessionFromHandshake } from "./session";

const httpServer = createServer();
// ok: missing-auth -- the connection handler resolves the caller from the socket first and drops the socket when that throws
const board = new Server(httpServer);

board.on("connection", async (socket) => {
  try {
    const member = await sessionFromHandshake(socket.handshake);
    socket.join(`board:${member.boardId}`);
    socket.on("stroke", (stroke) => socket.to(`board:${member.boardId}`).emit("stroke", stroke));
  } catch {
    socket.emit("denied");
    socket.disconnect(true);
  }
});

httpServer.listen(3021);
