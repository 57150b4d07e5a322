import { withApiHandler } from "../../../lib/api-handler";

// ok: missing-auth -- the wrapper refuses callers without a session two helpers down
export const POST = withApiHandler({
  auth: "member",
  handler: async ({ request }) => Response.json(await request.json(), { status: 201 }),
});

// expect: missing-auth
export const DELETE = withApiHandler({
  auth: "none",
  handler: async () => new Response(null, { status: 204 }),
});
