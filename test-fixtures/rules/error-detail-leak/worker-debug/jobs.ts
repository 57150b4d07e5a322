export async function runJob(name: string): Promise<{ name: string; startedAt: number }> {
  if (!/^[a-z-]+$/.test(name)) throw new Error(`no job named ${name}`);
  await enqueue(name);
  return { name, startedAt: Date.now() };
}

// The queue's client: its failures carry the broker's text.
declare function enqueue(name: string): Promise<void>;
