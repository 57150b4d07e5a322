import { db } from "@/lib/db";
import { openStoreNotice } from "@/lib/store-notices";

// ok: missing-auth -- Apple's signature over the notification is verified by the App Store library, and a failure answers 400
export async function POST(request: Request) {
  const { signedPayload } = (await request.json()) as { signedPayload: string };
  let opened: Awaited<ReturnType<typeof openStoreNotice>>;
  try {
    opened = await openStoreNotice(signedPayload);
  } catch {
    return new Response("bad signature", { status: 400 });
  }
  await db.query("insert into store_notices (kind) values ($1)", [opened.notice.notificationType]);
  return new Response("ok");
}
