// Authenticator-app enrolment and removal for a signed-in member, one handler branching on the method.
import type { NextApiRequest, NextApiResponse } from "next";
import { withMember } from "../../../../lib/with-member";
import { codeMatches } from "../../../../lib/one-time-codes";
import { saveAuthenticator } from "../../../../lib/accounts";
type Account = { id: string; authenticatorSeed: string };

async function authenticator(req: NextApiRequest, res: NextApiResponse, member: Account) {
  // ok: missing-rate-limit -- the member sends the new secret and a code made from it: both sides of the comparison are theirs
  if (req.method === "POST") {
    const { seed, code } = req.body as { seed: string; code: string };
    if (!codeMatches(seed, code)) return res.status(400).json({ error: "code does not match" });
    await saveAuthenticator(member.id, seed);
    return res.status(204).end();
  }
  // expect: missing-rate-limit
  if (req.method === "DELETE") {
    const { code } = req.body as { code: string };
    if (!codeMatches(member.authenticatorSeed, code)) return res.status(400).json({ error: "wrong code" });
    await saveAuthenticator(member.id, null);
    return res.status(204).end();
  }
  return res.status(405).end();
}

export default withMember(authenticator);
