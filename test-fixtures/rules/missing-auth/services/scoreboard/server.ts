import type { IncomingMessage } from "node:http";
import { createServer } from "node:http";
import { Server } from "socket.io";
import { lookupSession } from "./sessions";

const httpServer = createServer();
// ok: missing-auth -- the engine's allowRequest loads the session from the cookie and refuses the handshake without one
const io = new Server();

const engineOptions = {
  transports: ["websocket"],
  allowRequest: (request: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void) => {
    lookupSession(request.headers.cookie).then((session) => {
      if (!session) return callback("no session", false);
      callback(null, true);
    }, (err) => callback(String(err), false));
  },
};

io.on("connection", (socket) => {
  socket.emit("scores", []);
});

io.listen(httpServer, engineOptions);
httpServer.listen(3031);
