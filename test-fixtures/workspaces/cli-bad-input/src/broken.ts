export function parseAmount(raw: string) {
  const value = Number(raw;
  const resetToken = Date.now().toString(); return { resetToken, value };
}
