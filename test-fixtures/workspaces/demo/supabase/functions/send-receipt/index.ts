import { createClient } from "npm:@supabase/supabase-js@2";

const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);

// expect: missing-auth, supabase-service-role-exposure
Deno.serve(async (req) => {
  // expect: missing-input-validation
  const { email, orderId } = await req.json();
  // expect: timestamp-id
  const receiptId = `rcpt_${Date.now()}`;
  await supabase.from("receipts").insert({ id: receiptId, email, order_id: orderId });
  // expect: missing-timeout
  await fetch("https://api.mail.acme.test/send", {
    method: "POST",
    headers: { authorization: `Bearer ${Deno.env.get("MAIL_API_TOKEN")}` },
    body: JSON.stringify({ to: email, template: "receipt", receiptId }),
  });
  return new Response(JSON.stringify({ receiptId }), { status: 201 });
});
