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
  if (socket.handshake.auth.token !== process.env.SOCKET_JOIN_TOKEN!) {
    socket.disconnect(true);
    return;
  }
  socket.join("lobby");
});

httpServer.listen(4000);
