import { createServer } from "node:http";
import { Server } from "socket.io";

const httpServer = createServer();
// expect: missing-auth
const lobby = new Server(httpServer, {
  // Only the page's origin is compared: anyone who sends that header is let in.
  allowRequest: (request, callback) => callback(null, request.headers.origin === "https://scores.example"),
});

lobby.on("connection", (socket) => {
  socket.emit("tables", []);
});

httpServer.listen(3032);
