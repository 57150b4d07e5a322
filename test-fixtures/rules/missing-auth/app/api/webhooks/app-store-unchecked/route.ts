import { db } from "@/lib/db";
import { peekStoreNotice } from "@/lib/store-notices";

// Decoding the payload without the library's verification trusts whoever posts it.
// expect: missing-auth
export async function POST(request: Request) {
  const { signedPayload } = (await request.json()) as { signedPayload: string };
  let claims: { notificationType?: string };
  try {
    claims = await peekStoreNotice(signedPayload);
  } catch {
    return new Response("bad signature", { status: 400 });
  }
  await db.query("insert into store_notices (kind) values ($1)", [claims.notificationType]);
  return new Response("ok");
}
