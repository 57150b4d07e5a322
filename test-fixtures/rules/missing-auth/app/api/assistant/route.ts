import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { loadCallerContext } from "../../../lib/caller-context";

// ok: missing-auth -- the caller is looked up (whatever the helper's name) and refused with 401 when absent
export async function POST(request: Request) {
  const workspace = (await cookies()).get("workspace")?.value;
  const context = await loadCallerContext(workspace);
  if (!context || context.kind !== "user") {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  return NextResponse.json({ echo: await request.text(), workspace: context.workspace });
}
