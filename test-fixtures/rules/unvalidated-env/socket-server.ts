import { createServer } from "node:http";
import { Server } from "socket.io";

const httpServer = createServer();
const io = new Server(httpServer, {
  // expect: unvalidated-env
  pingTimeout: parseFloat(process.env.SOCKET_PING_TIMEOUT_MS),
  // ok: unvalidated-env -- parse of a defaulted value
  maxHttpBufferSize: parseInt(process.env.SOCKET_MAX_BUFFER ?? "1000000", 10),
});

io.on("connection", (socket) => {
  // expect: unvalidated-env
  socket.join(process.env.DEFAULT_ROOM!);
});

httpServer.listen(4000);
