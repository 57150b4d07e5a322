import { Server } from "socket.io";

const io = new Server(3001);

// expect: unbounded-cache
const connectedUsers = new Set<string>();
// ok: unbounded-cache -- removed on disconnect
const socketsByUser = new Map<string, string>();

io.on("connection", (socket) => {
  const userId = String(socket.handshake.auth.userId);
  connectedUsers.add(userId);
  socketsByUser.set(userId, socket.id);
  socket.on("disconnect", () => socketsByUser.delete(userId));
});
