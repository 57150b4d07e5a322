import express from "express";
import passport from "passport";
import { Strategy as JwtStrategy, ExtractJwt } from "passport-jwt";
import { requireAuth } from "./auth";
import { users } from "./users";

passport.use(new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET! }, (payload, done) => done(null, payload)));

const app = express();
const api = express.Router();
app.use(express.json());
app.use(passport.initialize());

// ok: missing-auth -- signing in cannot require being signed in
app.post("/login", async (req, res) => {
  const token = await users.signIn(req.body.email, req.body.password);
  return token ? res.json({ token }) : res.status(401).json({ error: "invalid credentials" });
});

// ok: missing-auth -- registration is public by nature
app.post("/signup", async (req, res) => {
  res.status(201).json(await users.create(req.body.email, req.body.password));
});

// ok: missing-auth -- password reset is requested by someone who cannot sign in
app.post("/forgot-password", async (req, res) => {
  await users.sendResetLink(req.body.email);
  res.sendStatus(202);
});

// ok: missing-auth -- the same step spelled over two segments: the emailed code is the credential
app.patch("/account/password/reset", async (req, res) => {
  await users.sendResetLink(req.body.email);
  res.sendStatus(202);
});

// expect: missing-auth -- two segments that name no sign-in step together: a signed-in change
app.patch("/account/password/rotate", async (req, res) => {
  await users.update(String(req.body.id), { name: req.body.name });
  res.sendStatus(204);
});

// ok: missing-auth -- recovering an account under the auth API starts before the caller can sign in
app.post("/auth/recovery/start", async (req, res) => {
  await users.sendResetLink(req.body.email);
  res.sendStatus(202);
});

// ok: missing-auth -- the recovery step that checks the emailed code, still without a session
app.post("/auth/recovery", async (req, res) => {
  res.json(await users.acceptInvitation(req.body.code));
});

// Regenerating an account's recovery codes is a change to a signed-in account, whatever the segment's first word.
// expect: missing-auth
app.post("/auth/recovery-codes", async (req, res) => {
  res.json(await users.update(req.body.userId, req.body));
});

// ok: missing-auth -- passport.authenticate is a known guard, with its strategy arguments
app.put("/me/avatar", passport.authenticate("jwt", { session: false }), async (req, res) => {
  res.json(await users.setAvatar((req.user as { sub: string }).sub, req.body.url));
});

// Outside the auth routes, recovering is restoring data: a signed-in user's action.
// expect: missing-auth
api.post("/backups/:id/recover", async (req, res) => {
  res.json(await users.restoreBackup(req.params.id));
});

// expect: missing-auth
api.post("/invitations/accept", async (req, res) => {
  res.json(await users.acceptInvitation(req.body.code));
});

api.use(requireAuth);

// ok: missing-auth -- registered after api.use(requireAuth)
api.patch("/me", async (req, res) => {
  res.json(await users.update((req.user as { sub: string }).sub, req.body));
});

// ok: missing-auth -- an inline check before the first side effect guards the handler
api.delete("/sessions/:id", async (req, res) => {
  const user = req.user as { sub: string } | undefined;
  if (!user) return res.status(401).json({ error: "unauthorized" });
  await users.revokeSession(user.sub, req.params.id);
  return res.sendStatus(204);
});

// Account recovery under /auth: its caller has lost the password, so no guard of the router's can apply to it.
const account = express.Router();

// ok: missing-auth -- asks for a recovery code by email: whoever uses it cannot sign in
account.post("/recovery/request", async (req, res) => {
  await users.sendResetLink(req.body.email);
  res.sendStatus(202);
});

// ok: missing-auth -- checks the emailed code, which is the caller's only credential
account.post("/recovery/validate", async (req, res) => {
  res.json({ valid: await users.isResetCodeValid(req.body.code) });
});

account.put("/profile", requireAuth, async (req, res) => {
  res.json(await users.update((req.user as { sub: string }).sub, req.body));
});

account.delete("/profile", requireAuth, async (req, res) => {
  await users.remove((req.user as { sub: string }).sub);
  res.sendStatus(204);
});

app.use("/api", api);
app.use("/auth", account);
app.listen(3001);
