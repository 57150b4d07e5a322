import { readInput } from "../../../lib/caller";
import { goalStore } from "../goals/store";

// A helper that only parses: returning its 400 early authenticates nobody.
// expect: missing-auth
export async function POST(request: Request) {
  const { input, problem } = await readInput(request);
  if (problem) return problem();
  return Response.json(await goalStore.insert({ input }));
}
