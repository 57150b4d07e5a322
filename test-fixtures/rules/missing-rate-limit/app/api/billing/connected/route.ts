import { sendEmail } from "@acme/email";
import { redirect } from "next/navigation";
import { auth } from "@/auth";

// ok: missing-rate-limit -- a caller without a session is sent to sign in by Next's redirect(), which throws and ends the handler
export async function GET(req: Request) {
  const session = await auth();
  const { searchParams } = new URL(req.url);
  if (!session?.user) {
    redirect("/login");
  }
  await sendEmail({ to: session.user.email, subject: "Payout account connected", text: searchParams.get("account") ?? "" });
  return Response.json({ connected: true });
}
