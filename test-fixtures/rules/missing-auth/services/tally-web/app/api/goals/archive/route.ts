import { readCall } from "../../../../lib/caller";
import { goalStore } from "../store";

// ok: missing-auth -- the refusal returned as a value rather than a thunk is the same early stop
export async function DELETE(request: Request) {
  const call = await readCall(request);
  if (call.problem) return call.problem();
  return Response.json(await goalStore.archive(String(call.input)));
}
