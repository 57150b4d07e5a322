// The identity provider's user events, signed with Svix: the handler re-serialises the parsed body into a local and
// hands that text to the verifier with the three signature headers; only what the verifier returns is used.
import { Webhook } from "svix";
import { headers } from "next/headers";
import { db } from "../../../../lib/db";

type IdentityEvent = { type: string; data: { id: string; email: string } };

// ok: missing-input-validation -- the serialised body is what the Svix signature is checked over, and a bad one stops here
export async function POST(request: Request) {
  const sent = await headers();
  const id = sent.get("svix-id");
  const timestamp = sent.get("svix-timestamp");
  const signature = sent.get("svix-signature");
  if (!id || !timestamp || !signature) return new Response("unsigned", { status: 400 });
  const parsed = (await request.json()) as object;
  const signedText = JSON.stringify(parsed);
  let event: IdentityEvent;
  try {
    event = new Webhook(process.env.IDENTITY_HOOK_SECRET!).verify(signedText, { "svix-id": id, "svix-timestamp": timestamp, "svix-signature": signature }) as IdentityEvent;
  } catch {
    return new Response("bad signature", { status: 400 });
  }
  if (event.type === "user.created") await db.member.create({ data: { externalId: event.data.id, email: event.data.email } });
  return new Response(null, { status: 204 });
}
