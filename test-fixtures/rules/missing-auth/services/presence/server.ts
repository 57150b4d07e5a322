import { createServer } from "node:http";
import { Server } from "socket.io";
import jwt from "jsonwebtoken";

const httpServer = createServer();
// ok: missing-auth -- io.use verifies the handshake token and refuses the connection without one
const io = new Server(httpServer);

io.use((socket, next) => {
  const token = socket.handshake.auth?.token;
  if (!token) return next(new Error("unauthorized"));
  try {
    socket.data.user = jwt.verify(token, process.env.JWT_SECRET!);
    return next();
  } catch {
    return next(new Error("unauthorized"));
  }
});

io.on("connection", (socket) => {
  socket.broadcast.emit("presence:online", socket.data.user.sub);
  socket.on("disconnect", () => socket.broadcast.emit("presence:offline", socket.data.user.sub));
});

httpServer.listen(3006);
