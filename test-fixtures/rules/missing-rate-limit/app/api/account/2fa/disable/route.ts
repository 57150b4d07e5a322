import { NextResponse } from "next/server";
import { withProfile } from "../../../../../lib/with-account";
import { checkTotp } from "../../../../../lib/accounts";

// expect: missing-rate-limit
export const POST = withProfile(async (request, account) => {
  const { code } = await request.json();
  return NextResponse.json({ disabled: await checkTotp(account, code) });
});
