import { currentUser } from "./session";

type Refusal = () => Response;

/**
 * Parses the request body with the route's schema and, unless the route says otherwise, requires a signed-in user.
 * Routes return `error()` when it is set.
 */
export async function readCall(
  request: Request,
  schema: { safeParse(value: unknown): { success: boolean; data?: unknown } },
  options?: { skipAuth: boolean },
): Promise<{ body: unknown; user: { id: string } | null; error?: Refusal }> {
  const parsed = schema.safeParse(await request.json());
  if (!parsed.success) return { body: undefined, user: null, error: () => new Response("bad request", { status: 400 }) };
  if (options?.skipAuth) return { body: parsed.data, user: null };
  const user = await currentUser();
  if (!user) return { body: parsed.data, user: null, error: () => new Response("unauthorized", { status: 401 }) };
  return { body: parsed.data, user };
}

/** Parses the request body; the options only pick how strictly. It checks no caller. */
export async function readPayload(
  request: Request,
  schema: { safeParse(value: unknown): { success: boolean; data?: unknown } },
  options?: { skipAuth: boolean; strict?: boolean },
): Promise<{ body: unknown; error?: Refusal }> {
  const raw = options?.strict ? await request.json() : JSON.parse((await request.text()) || "{}");
  const parsed = schema.safeParse(raw);
  return parsed.success ? { body: parsed.data } : { body: undefined, error: () => new Response("bad request", { status: 400 }) };
}
