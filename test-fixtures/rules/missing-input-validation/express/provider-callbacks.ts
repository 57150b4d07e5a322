// OAuth callbacks: the provider's token endpoint checks the authorization code (issued by it, for this client and
// redirect URI) and refuses any other, so a code handed only to the client's code exchange needs no schema here.
import { Router } from "express";
import { AuthorizationCode } from "simple-oauth2";
import { OAuth2Client } from "google-auth-library";
import { db } from "../lib/db";

export const providerRouter = Router();

const partner = new AuthorizationCode({
  client: { id: process.env.PARTNER_CLIENT_ID ?? "", secret: process.env.PARTNER_CLIENT_SECRET ?? "" },
  auth: { tokenHost: "https://partner.example.com" },
});

providerRouter.get("/connect/partner/callback", async (req, res) => {
  // ok: missing-input-validation -- the code only goes to the provider's code exchange, held in the options it gets
  const { code } = req.query as { code: string };
  const options = { code, redirect_uri: "https://app.example.com/connect/partner/callback" };
  const grant = await partner.getToken(options);
  await db.connection.create({ data: { provider: "partner", token: grant.token.access_token as string } });
  res.redirect("/settings");
});

providerRouter.get("/connect/mailbox/callback", async (req, res) => {
  const mail = new OAuth2Client(process.env.MAIL_CLIENT_ID, process.env.MAIL_CLIENT_SECRET, process.env.MAIL_REDIRECT_URI);
  // ok: missing-input-validation -- handed straight to the Google client's code exchange
  const { code } = req.query as { code: string };
  const { tokens } = await mail.getToken(code);
  await db.connection.create({ data: { provider: "mailbox", token: tokens.access_token ?? "" } });
  res.redirect("/settings");
});

providerRouter.get("/connect/archive/callback", async (req, res) => {
  const archive = new OAuth2Client(process.env.MAIL_CLIENT_ID, process.env.MAIL_CLIENT_SECRET, process.env.MAIL_REDIRECT_URI);
  // expect: missing-input-validation
  const { code, folder } = req.query as { code: string; folder: string };
  const { tokens } = await archive.getToken(code);
  // The folder is the caller's own text, stored as sent: the provider never sees it.
  await db.connection.create({ data: { provider: "archive", token: tokens.access_token ?? "", folder } });
  res.redirect("/settings");
});
