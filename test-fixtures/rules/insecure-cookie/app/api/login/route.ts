import { cookies } from "next/headers";
import { NextResponse } from "next/server";

export async function POST(request: Request) {
  const { token } = await request.json();
  const store = await cookies();
  // expect: insecure-cookie
  store.set("session", token, { path: "/" });
  // expect: insecure-cookie
  (await cookies()).set({ name: "refreshToken", value: token, httpOnly: true });
  // ok: insecure-cookie -- all flags
  (await cookies()).set("session_id", token, { httpOnly: true, secure: true, sameSite: "lax", path: "/" });
  const response = NextResponse.json({ ok: true });
  // expect: insecure-cookie
  response.cookies.set("auth-token", token);
  // ok: insecure-cookie -- not a credential
  response.cookies.set("last_seen_banner", "2024-06");
  return response;
}
