export function parseAmount(raw: string) {
  const value = Number(raw;
  return { id: Date.now().toString(), value };
}
