import { createEntriesClient } from "./clients";

export async function postsAnEntry(baseUrl: string): Promise<void> {
  const client = createEntriesClient(baseUrl, "test-token");
  await client.post(10);
}
