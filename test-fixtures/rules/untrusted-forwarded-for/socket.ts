import { Server } from "socket.io";

const io = new Server(3001);
const connections = new Map<string, number>();

io.on("connection", (socket) => {
  // expect: untrusted-forwarded-for
  const ip = String(socket.handshake.headers["x-forwarded-for"] ?? socket.handshake.address);
  connections.set(ip, (connections.get(ip) ?? 0) + 1);
  // ok: untrusted-forwarded-for -- the TCP peer address
  const peer = socket.handshake.address;
  socket.emit("hello", { peer });
});
