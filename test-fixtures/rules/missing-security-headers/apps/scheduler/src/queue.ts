export async function queueDepth(): Promise<number> {
  return 0;
}
