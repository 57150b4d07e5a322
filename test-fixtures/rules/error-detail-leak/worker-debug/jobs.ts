export async function runJob(name: string): Promise<{ name: string; startedAt: number }> {
  if (!/^[a-z-]+$/.test(name)) throw new Error(`no job named ${name}`);
  return { name, startedAt: Date.now() };
}
