import { NextResponse } from "next/server";
import { withAccount } from "../../../../../lib/with-account";
import { checkTotp } from "../../../../../lib/accounts";

// ok: missing-rate-limit -- the wrapper charges every caller, by API key or by session, before the handler runs
export const POST = withAccount(async (request, account) => {
  const { code } = await request.json();
  return NextResponse.json({ codes: (await checkTotp(account, code)) ? account.recoveryCodes : [] });
});
