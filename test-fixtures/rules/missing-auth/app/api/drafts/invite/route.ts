import { getInviteeAccount } from "@/lib/viewer-profile";
import { db } from "@/lib/db";

// expect: missing-auth
export async function POST(request: Request) {
  const { email, draftId } = (await request.json()) as { email: string; draftId: string };
  const invitee = await getInviteeAccount(email);
  return Response.json(await db.draft.share({ data: { draftId, inviteeId: invitee.id } }));
}
