import { createHttpClient } from "./http-client";

export function createEntriesClient(baseUrl: string, token: string) {
  const http = createHttpClient(baseUrl, token);
  return { post: (amount: number) => http.send("/entries", { amount }) };
}
