import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import micromatch from "micromatch";
import { isIssuedPartnerKey } from "./lib/partner-keys";

// Paths anyone may call; each of them checks what it needs itself, or nothing.
const openPaths = ["/api/open/**", "/api/ping"];

export async function middleware(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (micromatch.isMatch(pathname, openPaths)) return NextResponse.next();

  if (micromatch.isMatch(pathname, "/api/staff/**")) {
    const staff = await getToken({ req: request });
    if (!staff) return NextResponse.json({ error: "sign in first" }, { status: 401 });
    return NextResponse.next();
  }

  if (pathname.startsWith("/api/partner/")) {
    if (!isIssuedPartnerKey(request.headers.get("x-api-key"))) return NextResponse.json({ error: "sign in first" }, { status: 401 });
    return NextResponse.next();
  }

  // Anything not listed above is refused.
  return NextResponse.json({ error: "sign in first" }, { status: 401 });
}

export const config = { matcher: ["/api/:path*"] };
