// Peers announced to the relay process, by id.
// expect: unbounded-cache
const peers = new Map<string, string>();

export function announce(id: string, address: string): void {
  peers.set(id, address);
}
