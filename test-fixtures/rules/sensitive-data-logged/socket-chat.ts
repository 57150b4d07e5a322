import { Server } from "socket.io";

const io = new Server(3001);

io.use((socket, next) => {
  // expect: sensitive-data-logged
  console.log("handshake", socket.handshake.auth.token);
  // ok: sensitive-data-logged -- the socket id is not a credential
  console.log("handshake", socket.id);
  next();
});
