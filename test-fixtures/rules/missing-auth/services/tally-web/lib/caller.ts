import { denied, malformed } from "./replies";

async function callerFromBearer(request: Request) {
  const header = request.headers.get("authorization") ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : "";
  return token ? { userId: token.split(".")[0] } : null;
}

// Reads the bearer credential and, without one, hands back a thunk producing a 401 for the route to return.
export async function readCall(request: Request, schema?: { safeParse(v: unknown): { success: boolean; data?: unknown } }, options?: { anonymous: boolean }) {
  const payload = await request.clone().json().catch(() => undefined);
  let problem: (() => Response) | undefined;
  let caller = null;
  let input = payload;
  if (schema) {
    const parsed = schema.safeParse(payload);
    if (!parsed.success) problem = () => malformed();
    else input = parsed.data;
  }
  if (!options?.anonymous && !problem) {
    caller = await callerFromBearer(request);
    if (!caller) problem = () => denied();
  }
  return { caller, input, problem };
}

// Only parses: its error is a 400, it never looks at who is calling.
export async function readInput(request: Request) {
  const payload = await request.clone().json().catch(() => undefined);
  const problem = payload === undefined ? () => malformed() : undefined;
  return { input: payload, problem };
}
