import { Server, type Socket } from "socket.io";
import { verifySessionCookie } from "./session-check";

const io = new Server(3002);

io.on("connection", (socket) => {
  joinPersonalRooms(socket);
  socket.on("ping", () => socket.emit("pong"));
});

async function joinPersonalRooms(socket: Socket) {
  let member: { id: string };
  try {
    member = await verifySessionCookie(socket.handshake.headers.cookie);
    // ok: fail-open-auth -- the return leaves before the room joins below, the only thing the session unlocks
  } catch {
    socket.emit("session:invalid");
    return;
  }
  socket.join(`member:${member.id}`);
  socket.data.memberId = member.id;
}

export async function recheckSession(socket: Socket): Promise<void> {
  let stillValid = true;
  try {
    stillValid = (await verifySessionCookie(socket.handshake.headers.cookie)) !== undefined;
    // expect: fail-open-auth
  } catch {
    return;
  }
  if (!stillValid) throw new Error("401 session revoked");
}
