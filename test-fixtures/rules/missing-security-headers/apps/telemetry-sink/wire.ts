export function encodeAck(received: number): Uint8Array {
  return Uint8Array.of(8, received & 0x7f);
}
