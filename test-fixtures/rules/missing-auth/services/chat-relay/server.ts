import { createServer } from "node:http";
import { Server, type Socket } from "socket.io";
import { accounts, rooms } from "./store";

const httpServer = createServer();

// ok: missing-auth -- until the client proves who it is on "hello", the socket has only a log listener; the
// function that checks the password attaches the listeners that do the work
const relay = new Server(httpServer);

relay.on("connection", (socket) => {
  socket.on("error", (error) => console.error("socket error", error));
  socket.on("hello", greet);
  socket.emit("hello:ready");
});

function greet(this: Socket, data: { name: string; password: string }) {
  const socket = this;
  const account = accounts.check(data.name, data.password);
  if (!account) {
    socket.emit("hello:denied");
    return;
  }
  admit(socket, account.id);
}

function admit(socket: Socket, accountId: string) {
  socket.on("say", (text: string) => rooms.post(accountId, text));
  socket.on("leave", () => rooms.leave(accountId));
}

// expect: missing-auth
const lobby = new Server(createServer());

lobby.on("connection", (socket) => {
  socket.on("hello", greet);
  // a listener that does work before anyone proved who they are
  socket.on("say", (text: string) => rooms.post("guest", text));
});

httpServer.listen(3016);
