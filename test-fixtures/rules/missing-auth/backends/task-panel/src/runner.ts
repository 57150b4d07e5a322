export async function runTask(id: string): Promise<{ id: string; started: boolean }> {
  return { id, started: true };
}
