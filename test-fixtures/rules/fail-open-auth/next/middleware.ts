import { NextResponse, type NextRequest } from "next/server";

export function middleware(request: NextRequest) {
  // expect: fail-open-auth
  if (process.env.VERCEL_ENV === "preview") return NextResponse.next();
  const session = request.cookies.get("session")?.value;
  if (!session) return NextResponse.redirect(new URL("/login", request.url));
  // ok: fail-open-auth -- a session is present: continuing is the point
  if (session) return NextResponse.next();
  return new NextResponse("Unauthorized", { status: 401 });
}

export const config = { matcher: ["/dashboard/:path*"] };
