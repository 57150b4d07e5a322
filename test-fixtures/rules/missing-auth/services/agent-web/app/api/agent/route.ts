import { serveAgent, serveWithApiKey, tooLarge } from "../../../lib/agent-gate";

// ok: missing-auth -- a size pre-check answers early, then the request goes through a helper that checks the API key and answers 401
export async function POST(request: Request): Promise<Response> {
  const oversized = tooLarge(request);
  if (oversized) {
    return oversized;
  }
  return await serveWithApiKey(request, serveAgent);
}
