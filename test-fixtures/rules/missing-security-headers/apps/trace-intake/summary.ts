export function summarise(bytes: number): Buffer {
  return Buffer.from([bytes % 256]);
}
