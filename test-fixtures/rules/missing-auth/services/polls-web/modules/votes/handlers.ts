import { withApiHandler } from "../../lib/api-handler";

export const POST = withApiHandler({
  handler: async ({ request }) => Response.json(await request.json(), { status: 201 }),
});

export async function DELETE(request: Request) {
  await fetch(`https://votes.internal/${new URL(request.url).searchParams.get("id")}`, { method: "DELETE", signal: AbortSignal.timeout(5000) });
  return new Response(null, { status: 204 });
}
