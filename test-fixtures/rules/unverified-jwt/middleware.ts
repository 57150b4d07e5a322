import { NextResponse, type NextRequest } from "next/server";
import { decodeJwt } from "jose";

// Next.js runs this on every matched request, though no route registers it: the cookie is the request's own, so a
// forged one passes the staff check below.
export function middleware(request: NextRequest) {
  const session = request.cookies.get("session")?.value;
  if (!session) return NextResponse.redirect(new URL("/login", request.url));
  // expect: unverified-jwt
  const claims = decodeJwt(session);
  if (claims.role !== "staff") return NextResponse.redirect(new URL("/", request.url));
  return NextResponse.next();
}

export const config = { matcher: ["/back-office/:path*"] };
