import { createServer } from "node:http";
import { Server } from "socket.io";
import { loadPrices } from "./prices";

const httpServer = createServer();
// expect: missing-auth
const ticker = new Server(httpServer);

// The try only loads data; nothing about the caller is derived from the socket, so a failure is not an auth refusal.
ticker.on("connection", async (socket) => {
  try {
    const prices = await loadPrices();
    socket.emit("prices", prices);
  } catch {
    socket.disconnect(true);
  }
});

httpServer.listen(3022);
