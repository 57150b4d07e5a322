import { createServer } from "node:http";
import { Server } from "socket.io";
import { rooms } from "./rooms";
import { verifyAccessToken } from "./lib/access-token";

const httpServer = createServer();
// expect: missing-auth
const io = new Server(httpServer, { cors: { origin: process.env.WEB_ORIGIN } });

io.use(async (socket, next) => {
  const claims = await verifyAccessToken(socket.handshake.auth?.token);
  if (!claims) return next(new Error("unauthorized"));
  socket.data.user = claims;
  next();
});

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

support.use(async (socket, next) => {
  const claims = await verifyAccessToken(socket.handshake.auth?.token);
  if (!claims) return next(new Error("unauthorized"));
  socket.data.user = claims;
  next();
});
support.on("connection", (socket) => {
  socket.on("ticket:watch", (ticketId: string) => socket.join(`ticket:${ticketId}`));
});

httpServer.listen(Number(process.env.PORT ?? 3005));
