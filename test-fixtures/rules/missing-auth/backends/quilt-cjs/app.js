const express = require("express");
const passport = require("passport");
const gates = require("./lib/gates");
const members = require("./lib/members");

const patterns = new Map();
const app = express();
app.use(express.urlencoded({ extended: false }));
const signIn = passport.authenticate.bind(passport);

// ok: missing-auth -- `mustSignIn` lets only a signed-in caller reach the handler and redirects everyone else
app.post("/patterns", gates.mustSignIn, (req, res) => {
  patterns.set(String(patterns.size + 1), String(req.body.title));
  res.redirect("/patterns");
});

// expect: missing-auth
app.post("/swatches", gates.onlyUnderPatterns, (req, res) => {
  patterns.set(String(patterns.size + 1), String(req.body.title));
  res.redirect("/patterns");
});

// expect: missing-auth
app.post("/drafts", gates.rememberReturn, (req, res) => {
  patterns.set(String(patterns.size + 1), String(req.body.title));
  res.redirect("/patterns");
});

// ok: missing-auth -- the password check of passport's local strategy, through a bound alias of `authenticate`
app.post("/account/session", signIn("local", { failureRedirect: "/login" }), (req, res) => res.redirect("/"));

// ok: missing-auth -- the forgotten-password form is for visitors who cannot sign in
app.post("/forgot", (req, res) => {
  patterns.set(`reset:${String(req.body.email)}`, true);
  res.redirect("/login");
});

// expect: missing-auth
app.post("/forgotten", (req, res) => {
  patterns.set(`lost:${String(req.body.title)}`, true);
  res.redirect("/");
});

// ok: missing-auth -- a sign-up: it logs in the member it has just created from the form
app.post("/members", members.join);

// expect: missing-auth
app.post("/members/claim", members.claim);

app.listen(3000);
