import { Server } from "socket.io";
import jwt from "jsonwebtoken";

const io = new Server(3001);

io.use((socket, next) => {
  const token = String(socket.handshake.auth.token);
  try {
    socket.data.user = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ["HS256"] });
    next();
    // expect: fail-open-auth
  } catch {
    next();
  }
});

io.of("/admin").use((socket, next) => {
  const token = String(socket.handshake.auth.token);
  try {
    socket.data.user = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ["HS256"] });
    next();
    // ok: fail-open-auth -- the connection is refused with an error
  } catch {
    next(new Error("unauthorized"));
  }
});
