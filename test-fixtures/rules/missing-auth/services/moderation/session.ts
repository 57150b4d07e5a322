import type { Socket } from "socket.io";

// Attaches the cookie session to the socket's request; it refuses nobody.
export function sessionForSocket(socket: Socket, next: (error?: Error) => void) {
  (socket.request as { session?: unknown }).session ??= {};
  next();
}
