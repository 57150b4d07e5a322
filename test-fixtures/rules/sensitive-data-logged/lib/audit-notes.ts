// Log lines that mention credentials by name but carry none.

const RETRY_TOKEN_BUDGET = 5;

export function reportRevocations(revokedTokens: string[], keyId: string): void {
  // ok: sensitive-data-logged -- the field named after tokens holds how many there were, not their values
  console.info("revoked reported credentials", { keyId, revokedTokens: revokedTokens.length });
}

export function reportBudget(used: number): void {
  // ok: sensitive-data-logged -- a numeric constant whose name mentions a token
  console.log(`used ${used} of ${RETRY_TOKEN_BUDGET}`);
}

export function announceInvite(inviteToken: string): void {
  if (process.env.NODE_ENV === "development") {
    // ok: sensitive-data-logged -- only a development server prints the link, for the developer at the terminal
    console.log(`invite link: http://localhost:3000/invite?token=${inviteToken}`);
  }
  // expect: sensitive-data-logged
  console.info("invite created", { inviteToken });
}
