import { signedInMember } from "@/lib/signed-in-member";
import { createTagRecord } from "@/lib/tags";

// expect: missing-auth
export async function POST(request: Request) {
  const body = await request.json();
  try {
    // Named for a write and no client: it may store the tag before the caller is known.
    const tag = createTagRecord(String(body.label));
    const member = await signedInMember();
    return Response.json({ tag, member: member.id });
  } catch (error) {
    return Response.json({ message: "Tagging failed" }, { status: 500 });
  }
}
