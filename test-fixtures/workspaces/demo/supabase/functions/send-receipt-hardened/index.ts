import { createClient } from "npm:@supabase/supabase-js@2";
import { z } from "npm:zod@4";

const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);
const sendReceiptBody = z.object({ email: z.string().email(), orderId: z.string().uuid() }).strict();

Deno.serve(async (req) => {
  const token = req.headers.get("Authorization")?.replace("Bearer ", "");
  const { data: { user }, error } = await supabase.auth.getUser(token);
  if (error || !user) return new Response("Unauthorized", { status: 401 });
  const parsed = sendReceiptBody.safeParse(await req.json());
  if (!parsed.success) return new Response(JSON.stringify(parsed.error.flatten()), { status: 400 });
  const receiptId = crypto.randomUUID();
  await supabase.from("receipts").insert({ id: receiptId, email: parsed.data.email, order_id: parsed.data.orderId });
  await fetch("https://api.mail.acme.test/send", {
    method: "POST",
    headers: { authorization: `Bearer ${Deno.env.get("MAIL_API_TOKEN")}` },
    body: JSON.stringify({ to: parsed.data.email, template: "receipt", receiptId }),
    signal: AbortSignal.timeout(10_000),
  });
  return new Response(JSON.stringify({ receiptId }), { status: 201 });
});
