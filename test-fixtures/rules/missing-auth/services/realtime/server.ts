import { createServer } from "node:http";
import { Server } from "socket.io";
import { rooms } from "./rooms";

const httpServer = createServer();
// expect: missing-auth
const io = new Server(httpServer, { cors: { origin: process.env.WEB_ORIGIN } });

io.on("connection", (socket) => {
  socket.on("room:join", async (roomId: string) => {
    await socket.join(roomId);
    socket.emit("room:history", await rooms.history(roomId));
  });
  socket.on("message:send", (roomId: string, text: string) => {
    io.to(roomId).emit("message:new", { text, at: new Date().toISOString() });
  });
});

// expect: missing-auth
const support = io.of("/support");
support.on("connection", (socket) => {
  socket.on("ticket:watch", (ticketId: string) => socket.join(`ticket:${ticketId}`));
});

httpServer.listen(Number(process.env.PORT ?? 3005));
