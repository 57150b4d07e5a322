// A signalling server for video calls joined by their link: no accounts, sessions or tokens anywhere in the package.
const { createServer } = require("node:http");
const { Server } = require("socket.io");

const httpServer = createServer();
// ok: missing-auth -- nothing in the package knows who anyone is: there is no credential a connection could prove
const io = new Server(httpServer, { cors: { origin: process.env.CALL_ORIGIN } });

const calls = new Map();
io.on("connection", (socket) => {
  socket.on("join", (callName) => {
    const peers = calls.get(callName) ?? new Set();
    peers.add(socket.id);
    calls.set(callName, peers);
    socket.join(callName);
  });
  socket.on("signal", (peerId, description) => io.to(peerId).emit("signal", socket.id, description));
  socket.on("disconnect", () => {
    for (const peers of calls.values()) peers.delete(socket.id);
  });
});

httpServer.listen(3031);
