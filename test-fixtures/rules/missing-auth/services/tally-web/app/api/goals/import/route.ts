import { readCall } from "../../../../lib/caller";
import { goalStore } from "../store";

// The helper authenticates unless told to let anonymous callers through, and this route tells it to: the author's
// word that it is open on purpose, as `@Public()` is (the helper's refusal here is only a schema error, not a guard).
// ok: missing-auth -- the project's auth helper switched off for this route on purpose
export async function POST(request: Request) {
  const { input, problem } = await readCall(request, undefined, { anonymous: true });
  if (problem) return problem();
  return Response.json(await goalStore.insert({ input }));
}
