import { sendEmail } from "@acme/email";
import { redirect } from "next/navigation";

// The redirect here only catches a malformed link; anyone holding one reaches the email.
// expect: missing-rate-limit
export async function GET(req: Request) {
  const inviteId = new URL(req.url).searchParams.get("invite");
  if (!inviteId) {
    redirect("/");
  }
  await sendEmail({ to: "team@example.com", subject: "Invite opened", text: inviteId });
  return Response.json({ opened: true });
}
