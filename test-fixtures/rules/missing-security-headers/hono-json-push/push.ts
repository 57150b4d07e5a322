type Socket = { send(data: string): void };
const sockets = new Map<string, Set<{ socket: Socket }>>();

export function pushToMember(member: string, event: { type: string; [key: string]: unknown }) {
  const open = sockets.get(member);
  if (!open) return;
  const payload = JSON.stringify(event);
  for (const entry of open) entry.socket.send(payload);
}
