import type { ChatModel } from "./chat-client";

export async function loadCatalog(): Promise<ChatModel[]> {
  // expect: missing-timeout
  const response = await fetch("https://models.example.com/catalog.json");
  return response.json();
}
