import { Server } from "socket.io";
import jwt from "jsonwebtoken";

const io = new Server(3001);

io.use((socket, next) => {
  const token = String(socket.handshake.auth.token);
  // expect: unverified-jwt
  const user = jwt.decode(token);
  if (!user) return next(new Error("unauthorized"));
  socket.data.user = user;
  next();
});
