import express from "express";
import bcrypt from "bcrypt";
import { MediaServerClient } from "./media-server";
import { members } from "./members";

const app = express();
app.use(express.json());

// The password is compared with the stored hash, and only then is the member bound to the session: this is the
// sign-in itself, which callers reach before they have a session.
// ok: missing-auth -- checks the submitted password, then opens the session
app.post("/api/session/password", async (req, res) => {
  const body = req.body as { email?: string; password?: string };
  const member = await members.byEmail(body.email ?? "");
  if (!member || !(await bcrypt.compare(body.password ?? "", member.passwordHash))) return res.status(403).end();
  req.session.memberId = member.id;
  res.json({ id: member.id });
});

// ok: missing-auth -- the media server checks the submitted credentials before the session is opened
app.post("/api/session/media-server", async (req, res) => {
  const client = new MediaServerClient(process.env.MEDIA_SERVER_URL ?? "");
  const account = await client.login(req.body.username, req.body.password);
  const member = await members.upsertFromMediaServer(account);
  req.session.memberId = member.id;
  res.json({ id: member.id });
});

// Binding whatever member the body names to the session checks nothing.
// expect: missing-auth
app.post("/api/session/impersonate", async (req, res) => {
  const member = await members.byEmail(req.body.email);
  req.session.memberId = member?.id;
  res.json({ id: member?.id });
});

// A secret handed on without opening a session is ordinary work that still needs a guard.
// expect: missing-auth
app.post("/api/vault/password", async (req, res) => {
  await members.storeVaultPassword(req.body.memberId, req.body.password);
  res.status(204).end();
});

app.listen(3000);
