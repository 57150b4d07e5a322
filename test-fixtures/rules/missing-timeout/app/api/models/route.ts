import { ChatModel } from "../../../lib/chat-client";
import { type ShareLink } from "../../../lib/chat-client";
import { loadCatalog } from "../../../lib/model-catalog";

export async function GET(): Promise<Response> {
  const models: ChatModel[] = await loadCatalog();
  const pinned: ShareLink | undefined = undefined;
  return Response.json({ models: models.filter((model) => model.contextWindow > 8_000), pinned });
}
