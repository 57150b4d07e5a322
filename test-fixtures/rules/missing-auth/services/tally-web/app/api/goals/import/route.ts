import { readCall } from "../../../../lib/caller";
import { goalStore } from "../store";

// The helper is told to let anonymous callers through: its refusal is only a schema error.
// expect: missing-auth
export async function POST(request: Request) {
  const { input, problem } = await readCall(request, undefined, { anonymous: true });
  if (problem) return problem();
  return Response.json(await goalStore.insert({ input }));
}
