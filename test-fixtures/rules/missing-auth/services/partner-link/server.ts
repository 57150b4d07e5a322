import express from "express";
import { decodeJwt, jwtVerify } from "jose";
import { loadPartnerIdToken, partnerKeys } from "./identity";
import { memberships } from "./memberships";

const app = express();
app.use(express.json());

// The partner signs its id tokens; a token that does not verify is answered as a verdict, not thrown.
async function checkPartnerToken(token: string): Promise<{ valid: true; email: string } | { valid: false }> {
  try {
    const { payload } = await jwtVerify(token, partnerKeys, { issuer: "https://partner.example" });
    return { valid: true, email: String(payload.email) };
  } catch {
    return { valid: false };
  }
}

// Reads the token's claims without checking who signed them.
async function peekPartnerToken(token: string): Promise<{ valid: boolean; email: string }> {
  const claims = decodeJwt(token);
  return { valid: typeof claims.email === "string", email: String(claims.email) };
}

// ok: missing-auth -- the partner's id token is verified against its keys and the request refused when it fails
app.post("/partner/link", async (req, res) => {
  const idToken = await loadPartnerIdToken(String(req.body.code));
  const verdict = await checkPartnerToken(idToken);
  if (!verdict.valid) return res.status(400).json({ error: "the partner token did not verify" });
  await memberships.add(verdict.email);
  res.status(201).end();
});

// expect: missing-auth
app.post("/partner/relink", async (req, res) => {
  const idToken = await loadPartnerIdToken(String(req.body.code));
  const verdict = await peekPartnerToken(idToken);
  if (!verdict.valid) return res.status(400).json({ error: "the partner token is malformed" });
  await memberships.add(verdict.email);
  res.status(201).end();
});

app.listen(3000);
