import { getDraftOwner } from "@/lib/viewer-profile";
import { db } from "@/lib/db";

// expect: missing-auth
export async function POST(request: Request) {
  const { ownerId, title } = (await request.json()) as { ownerId: string; title: string };
  const owner = await getDraftOwner(ownerId);
  return Response.json(await db.draft.create({ data: { ownerId: owner.id, title } }));
}
