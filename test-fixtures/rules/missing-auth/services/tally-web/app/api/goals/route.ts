import { readCall } from "../../../lib/caller";
import { goalStore } from "./store";

// ok: missing-auth -- the helper refuses without a bearer credential and the handler returns its refusal first
export async function POST(request: Request) {
  const { caller, input, problem } = await readCall(request);
  if (problem) {
    return problem();
  }
  return Response.json(await goalStore.insert({ owner: caller!.userId, input }));
}
