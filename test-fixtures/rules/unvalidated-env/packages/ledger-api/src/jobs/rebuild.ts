export async function rebuildAll(endpoint: string): Promise<void> {
  await fetch(endpoint, { method: "POST" });
}
