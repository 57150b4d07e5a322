const express = require("express");
const jwt = require("jsonwebtoken");
const mongoose = require("mongoose");
const { requireRole, labelRequest } = require("./middlewares/auth");
const providerLogin = require("./middlewares/auth").providerToken;
const gate = require("./middlewares/gate");

const Member = mongoose.model("Member", new mongoose.Schema({ email: String, password: String, role: String }));
const Badge = mongoose.model("Badge", new mongoose.Schema({ title: String }));
const app = express();
app.use(express.json());

const signSessionToken = (memberId) => jwt.sign({ sub: memberId }, process.env.JWT_SECRET, { expiresIn: "1h" });

// ok: missing-auth -- `requireRole` returns middleware that runs passport's JWT strategy on the request
app.delete("/members/:id/badges/:badgeId", requireRole("member"), async (req, res) => {
  res.json(await Badge.deleteOne({ _id: req.params.badgeId }));
});

// ok: missing-auth -- the same guard factory, for admins only
app.post("/members/:id/badges", requireRole("admin"), async (req, res) => {
  res.json(await Badge.create({ title: req.body.title }));
});

// ok: missing-auth -- `providerToken` returns passport's strategy for the provider, whose token check is the sign-in
app.post("/connect/github", providerLogin("github-token"), (req, res) => {
  res.json({ token: signSessionToken(req.user.id) });
});

// expect: missing-auth
app.post("/badges", labelRequest("badge"), async (req, res) => {
  res.json(await Badge.create({ title: req.body.title }));
});

// ok: missing-auth -- joining creates the account from the submitted password and hands it its session token: a sign-up
app.post("/members/join", async (req, res) => {
  const { email, password } = req.body;
  const member = await Member.create({ email, password, role: "member" });
  res.status(201).json({ token: signSessionToken(member.id) });
});

// expect: missing-auth
app.post("/badges/claim", async (req, res) => {
  const badge = await Badge.create({ title: req.body.title });
  res.status(201).json({ token: signSessionToken(badge.id) });
});

// ok: missing-auth -- `gate.memberOnly` verifies the bearer token, a member of the object the gate module hands out
app.delete("/badges/:badgeId", gate.memberOnly, async (req, res) => {
  res.json(await Badge.deleteOne({ _id: req.params.badgeId }));
});

// expect: missing-auth
app.patch("/badges/:badgeId", gate.stamp, async (req, res) => {
  res.json(await Badge.updateOne({ _id: req.params.badgeId }, { title: req.body.title }));
});

app.listen(3000);
