export async function pingDatabase(): Promise<void> {}
