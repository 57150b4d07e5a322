// A route handler on the Vercel Edge runtime: requests arrive over HTTPS only, so the cookie is simply Secure.
import { cookies } from "next/headers";

export const runtime = "edge";

export async function POST(request: Request) {
  const { token } = (await request.json()) as { token: string };
  // expect: insecure-cookie
  (await cookies()).set("session", token, { path: "/", httpOnly: true, secure: true, sameSite: "lax" });
  return new Response(null, { status: 204 });
}
