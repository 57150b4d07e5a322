import { serveAgent, tooLarge } from "../../../lib/agent-gate";

// expect: missing-auth
export async function POST(request: Request): Promise<Response> {
  const oversized = tooLarge(request);
  if (oversized) {
    return oversized;
  }
  return await serveAgent(request);
}
