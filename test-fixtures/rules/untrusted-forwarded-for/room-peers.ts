import { Server, type Socket } from "socket.io";

const io = new Server(3002);
const joinsPerAddress = new Map<string, number>();

function peerAddress(socket: Socket): string {
  // expect: untrusted-forwarded-for
  const claimed = socket.handshake.headers["x-real-ip"] || socket.handshake.headers["X-Real-IP"];
  return String(claimed ?? socket.handshake.address);
}

function relayedAddress(socket: Socket): string {
  const relayed =
    // expect: untrusted-forwarded-for
    socket.handshake.headers["x-forwarded-for"] ||
    // expect: untrusted-forwarded-for
    socket.handshake.headers["x-real-ip"];
  return String(relayed ?? socket.handshake.address);
}

io.on("connection", (socket) => {
  const address = peerAddress(socket);
  joinsPerAddress.set(address, (joinsPerAddress.get(address) ?? 0) + 1);
  if ((joinsPerAddress.get(relayedAddress(socket)) ?? 0) > 20) socket.disconnect(true);
});
