import { readCall } from "../../../lib/caller";
import { goalStore } from "../goals/store";

// The refusal is computed but never returned: the write runs for every caller.
// expect: missing-auth
export async function POST(request: Request) {
  const { input, problem } = await readCall(request);
  await goalStore.insert({ input, failed: !!problem });
  return Response.json({ ok: true });
}
