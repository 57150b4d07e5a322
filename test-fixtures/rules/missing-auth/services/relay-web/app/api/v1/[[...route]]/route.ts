import { handle } from "hono/vercel";
import { publicApi } from "../../../../lib/public-api";

// ok: missing-auth -- hono/vercel's adapter only serves the Hono app, whose own middleware checks the API key
export const POST = handle(publicApi);
// ok: missing-auth -- the same adapter for another method
export const DELETE = handle(publicApi);
