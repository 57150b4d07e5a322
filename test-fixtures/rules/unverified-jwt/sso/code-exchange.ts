// Sign-in with an identity provider: the browser posts back the one-time code, and the server trades it (with its
// client secret) at the provider's token endpoint. The id token in that answer came from the provider over TLS; the
// client only chose which code to trade, so it could not have written the token.
import express from "express";
import jwt from "jsonwebtoken";

interface TokenAnswer {
  id_token: string;
}

declare function tradeCode(code: string): Promise<TokenAnswer>;
declare const accounts: { findByEmail(email: string): Promise<{ id: string } | null> };

export const signIn = express.Router();

signIn.post("/sign-in/provider", async (req, res) => {
  const { id_token } = await tradeCode(req.body.code);
  // ok: unverified-jwt -- the provider's token endpoint answered with this token; the client sent only the code
  const claims = jwt.decode(id_token) as { email: string } | null;
  if (!claims) return res.status(401).end();
  res.json(await accounts.findByEmail(claims.email));
});

signIn.post("/sign-in/provider/legacy", (req, res) => {
  tradeCode(req.body.code).then((answer) => {
    // ok: unverified-jwt -- the same answer taken through then(): the provider wrote it
    const claims = jwt.decode(answer.id_token) as { email: string } | null;
    if (!claims) return res.status(401).end();
    return accounts.findByEmail(claims.email).then((account) => res.json(account));
  });
});

signIn.get("/sign-in/whoami", async (req, res) => {
  const presented = (req.headers.authorization ?? "").replace(/^Bearer\s+/, "");
  // expect: unverified-jwt
  const claims = jwt.decode(presented) as { email: string } | null;
  if (!claims) return res.status(401).end();
  res.json(await accounts.findByEmail(claims.email));
});
