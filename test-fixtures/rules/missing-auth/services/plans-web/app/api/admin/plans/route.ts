import { NextResponse } from "next/server";
import { NotAllowed, requireRole, SignInRequired } from "../../../../lib/authz";

// The refusal to answer, or nothing when the caller is an admin.
async function adminRefusal(): Promise<NextResponse | null> {
  try {
    await requireRole("admin");
    return null;
  } catch (error) {
    if (error instanceof SignInRequired) return NextResponse.json({ error: "sign in" }, { status: 401 });
    if (error instanceof NotAllowed) return NextResponse.json({ error: "admins only" }, { status: 403 });
    throw error;
  }
}

const plans = new Map<string, unknown>();

// ok: missing-auth -- adminRefusal reads the session cookie and hands back a 401/403, which the handler returns first
export async function POST(request: Request) {
  const refused = await adminRefusal();
  if (refused) return refused;
  plans.set(crypto.randomUUID(), await request.json());
  return NextResponse.json({ created: true }, { status: 201 });
}
