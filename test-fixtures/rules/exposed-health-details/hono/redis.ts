export async function checkRedis(): Promise<{ ok: boolean; error?: string }> {
  return { ok: true };
}
