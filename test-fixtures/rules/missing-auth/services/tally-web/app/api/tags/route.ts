import { z } from "zod";
import { readCall } from "../../../lib/caller";
import { colourParam } from "../../../lib/params";
import { goalStore } from "../goals/store";

// ok: missing-auth -- the schema built first only describes the body (`colourParam.optional()` is part of it); readCall's 401 thunk is returned before the write
export async function POST(request: Request) {
  const schema = z.object({ name: z.string().max(40), colour: colourParam.optional() });
  const { caller, input, problem } = await readCall(request, schema);
  if (problem) return problem();
  await goalStore.insert({ input, owner: caller });
  return Response.json({ ok: true });
}

// expect: missing-auth
export async function PUT(request: Request) {
  const schema = z.object({ name: z.string().max(40), colour: colourParam.optional() });
  const { input } = await readCall(request, schema, { anonymous: true });
  await goalStore.insert({ input });
  return Response.json({ ok: true });
}
