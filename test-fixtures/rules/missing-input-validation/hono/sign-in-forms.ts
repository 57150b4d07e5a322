// Sign-in pages of an identity service: form values taken as text with `.toString()`, a callback's `state` only
// compared with the value the service stored, and a return path kept by a project helper that refuses anything
// that is not an app-relative path.
import { Hono } from "hono";
import { setCookie } from "hono/cookie";
import { appRelativePath, tidyPath } from "../lib/return-paths";

declare const accounts: {
  passwordHashOf(email: string): Promise<string | undefined>;
  matches(password: string, hash: string): Promise<boolean>;
  rename(email: string, nickname: unknown): Promise<void>;
};
declare const pending: { stateOf(c: unknown): Promise<{ state: string } | undefined> };
declare const provider: { exchange(code: string): Promise<{ subject: string }> };

export const signIn = new Hono();

// ok: missing-input-validation -- each value is turned into text before use, and tested for presence
signIn.post("/password", async (c) => {
  const form = await c.req.formData();
  const email = form.get("email")?.toString()?.toLowerCase();
  const password = form.get("password")?.toString();
  if (!email || !password) return c.text("email and password are required", 400);
  const hash = await accounts.passwordHashOf(email);
  if (!hash || !(await accounts.matches(password, hash))) return c.text("wrong email or password", 401);
  return c.json({ email });
});

signIn.post("/nickname", async (c) => {
  // expect: missing-input-validation
  const form = await c.req.formData();
  const email = form.get("email")?.toString();
  // a form value is text or a File: handed on as it came, an upload can land where a name was expected
  const nickname = form.get("nickname");
  if (!email || !nickname) return c.text("email and nickname are required", 400);
  await accounts.rename(email, nickname);
  return c.json({ renamed: true });
});

// ok: missing-input-validation -- `state` only decides whether the callback goes on; `code` is a presence-tested query value
signIn.get("/callback", async (c) => {
  const expected = await pending.stateOf(c);
  const code = c.req.query("code");
  const state = c.req.query("state");
  if (!expected || !code) return c.redirect("/sign-in");
  if (state !== expected.state) return c.text("state mismatch", 400);
  return c.json(await provider.exchange(code));
});

// ok: missing-input-validation -- appRelativePath refuses what does not start with "/" or resolves to another origin
signIn.get("/start", async (c) => {
  const returnTo = appRelativePath(c.req.query("return")) || "/";
  setCookie(c, "return-to", returnTo, { httpOnly: true, secure: true });
  return c.redirect("/sign-in");
});

signIn.get("/resume", async (c) => {
  // expect: missing-input-validation
  const returnTo = tidyPath(c.req.query("return"));
  setCookie(c, "return-to", returnTo, { httpOnly: true, secure: true });
  return c.redirect("/sign-in");
});
