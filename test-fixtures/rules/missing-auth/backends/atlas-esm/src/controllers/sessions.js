// Handlers defined as locals and exported together at the end, as a controller module often does.
import asyncRoute from "../lib/async-route.js";
import { roster } from "../lib/roster.js";

const openSession = asyncRoute(async (req, res) => {
  const { email, password } = req.body;
  const member = await roster.byEmail(String(email));
  if (member && (await member.passwordMatches(password))) {
    res.cookie("sid", await roster.issueSession(member), { httpOnly: true, secure: true, sameSite: "strict" });
    res.json({ id: member.id });
  } else {
    res.status(401);
    throw new Error("Wrong email or password");
  }
});

const addMember = asyncRoute(async (req, res) => {
  const { email, password } = req.body;
  await roster.create({ email: String(email), password });
  res.status(201).end();
});

export { openSession, addMember };
