import express from "express";
import { mailStaff, saveRow } from "./mailer";
import { enrolMember, takeFeedback, takeMemberFeedback } from "./forms";

declare module "express-serve-static-core" {
  interface Request {
    session?: { memberId?: string };
  }
}

const app = express();
app.use(express.json());

// Forms and beacons every visitor's browser posts to, with handlers that never ask who is posting.
// ok: missing-auth -- a contact form
app.post("/contact", async (req, res) => {
  await mailStaff(String(req.body.subject ?? ""), String(req.body.message ?? ""));
  res.status(202).end();
});

// ok: missing-auth -- a newsletter sign-up
app.post("/newsletter/subscribe", async (req, res) => {
  await saveRow("subscribers", { email: req.body.email });
  res.status(201).end();
});

// ok: missing-auth -- the browser's CSP violation reports
app.post("/csp-report", async (req, res) => {
  await saveRow("csp_reports", req.body);
  res.status(204).end();
});

// ok: missing-auth -- script errors the page sends home
app.post("/api/jsError", async (req, res) => {
  await saveRow("client_errors", { message: req.body.message });
  res.status(204).end();
});

// ok: missing-auth -- the imported handler reads the form and no identity
app.post("/support/feedback", takeFeedback);

// Ways in: asking for a sign-in link, trading a provider's code, the SAML assertion consumer.
// ok: missing-auth -- a magic-link request
app.post("/user/request-login", async (req, res) => {
  await mailStaff("login link", String(req.body.email ?? ""));
  res.status(202).end();
});

// ok: missing-auth -- a provider's sign-in code exchange
app.post("/user/github-auth", async (req, res) => {
  await saveRow("pending_logins", { code: req.body.code });
  res.status(202).end();
});

// ok: missing-auth -- the SAML assertion consumer
app.post("/saml/assert", async (req, res) => {
  await saveRow("assertions", { response: req.body.SAMLResponse });
  res.status(202).end();
});

// ok: missing-auth -- trading a password for a token is the way in
app.post("/user/authenticate", async (req, res) => {
  await saveRow("pending_logins", { email: req.body.email });
  res.status(202).end();
});

// ok: missing-auth -- checking an emailed reset token: the caller has no session yet, the token is the credential
app.post("/user/checkPasswordResetToken", async (req, res) => {
  await saveRow("reset_checks", { token: req.body.token });
  res.status(202).end();
});

// Reset names an account change here, not a recovery step.
// expect: missing-auth
app.post("/user/resetAvatar", async (req, res) => {
  await saveRow("avatars", { member: req.body.member, avatar: null });
  res.status(202).end();
});

// Sign-ups: the account collection at the API's root, with handlers that never ask who is posting.
// ok: missing-auth -- a sign-up that stores the chosen password's hash
app.post("/api/v1/accounts", async (req, res) => {
  await saveRow("accounts", { email: req.body.email, passwordHash: await digest(String(req.body.password ?? "")) });
  res.status(201).end();
});

// ok: missing-auth -- the imported sign-up handler reads the form and no identity
app.post("/users", enrolMember);

// ok: missing-auth -- a sign-up whose form wraps its fields in `user`: data the client posts, not who it is
app.post("/user", async (req, res) => {
  await saveRow("accounts", { email: req.body.user.email, name: req.body.user.name });
  res.status(201).end();
});

// Account collections that are not a sign-up: one that asks who is adding the user, one under a team, one for admins.
// expect: missing-auth
app.post("/api/users", async (req, res) => {
  await saveRow("accounts", { invitedBy: req.session?.memberId, email: req.body.email });
  res.status(201).end();
});

// expect: missing-auth
app.post("/teams/users", async (req, res) => {
  await saveRow("team_members", { email: req.body.email });
  res.status(201).end();
});

// expect: missing-auth
app.post("/admin/users", async (req, res) => {
  await saveRow("accounts", { email: req.body.email, role: req.body.role });
  res.status(201).end();
});

// Not forms of anonymous visitors: plural records, a record named in the path, a handler that asks who is posting,
// and a path whose words only start with a sign-in word.
// expect: missing-auth
app.post("/reports", async (req, res) => {
  await saveRow("reports", { title: req.body.title });
  res.status(201).end();
});

// expect: missing-auth
app.post("/surveys/:surveyId/feedback", async (req, res) => {
  await saveRow("feedback", { survey: req.params.surveyId, text: req.body.text });
  res.status(201).end();
});

// expect: missing-auth
app.post("/billing/subscribe", async (req, res) => {
  await saveRow("subscriptions", { member: req.session?.memberId, plan: req.body.plan });
  res.status(201).end();
});

// expect: missing-auth
app.post("/member/feedback", takeMemberFeedback);

// expect: missing-auth
app.post("/admin/auth-settings", async (req, res) => {
  await saveRow("settings", { sso: req.body.sso });
  res.status(204).end();
});

async function digest(text: string): Promise<string> {
  const bytes = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Buffer.from(bytes).toString("hex");
}

// Staff sign in, so the package has accounts: the routes above are each their own question.
function staffOnly(req: express.Request, res: express.Response, next: express.NextFunction) {
  if (!req.get("authorization")) return res.status(401).end();
  next();
}

// ok: missing-auth -- staffOnly refuses callers without a credential
app.post("/announcements", staffOnly, (_req, res) => res.status(201).end());

export default app;
