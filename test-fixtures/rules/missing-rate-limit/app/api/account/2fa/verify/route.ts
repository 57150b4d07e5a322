import { NextResponse } from "next/server";
import { withRouteBudget } from "../../../../../lib/route-budget";
import { checkTotp, readSession } from "../../../../../lib/accounts";

// ok: missing-rate-limit -- the wrapper charges a budget it makes on first use (an `if` with no `else`)
export const POST = withRouteBudget(async (request) => {
  const { code } = await request.json();
  const account = await readSession(request);
  return NextResponse.json({ verified: !!account && (await checkTotp(account, code)) });
});
