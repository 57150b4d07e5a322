import { Hono } from "hono";
import { auditlog, identityClient } from "../lib/identity";
import { store } from "../store";

type Env = { Bindings: { IDENTITY_URL: string; IDENTITY_PUBLIC_KEY: string } };

export const passwordPolicy = new Hono<Env>();

// ok: missing-auth -- the caller signs in with the email and password it sent, through a client made just before, and gets a 401 when that fails
passwordPolicy.post("/check", async (c) => {
  const body = await c.req.json<{ email: string; password: string }>();
  auditlog({ route: "password-policy/check", email: body.email });
  const client = identityClient(c);
  const { data, error } = await client.auth.signInWithPassword({ email: body.email, password: body.password });
  if (error || !data.user) {
    return c.json({ error: "invalid_credentials" }, 401);
  }
  return c.json({ compliant: await store.save("policy-check", data.user.id) });
});

// A client made first does not excuse what runs before the sign-in: the write happens for anyone.
// expect: missing-auth
passwordPolicy.post("/reset-counter", async (c) => {
  const body = await c.req.json<{ email: string; password: string }>();
  const client = identityClient(c);
  await store.save("failed-attempts", body.email);
  const { data, error } = await client.auth.signInWithPassword({ email: body.email, password: body.password });
  if (error || !data.user) return c.json({ error: "invalid_credentials" }, 401);
  return c.json({ ok: true });
});
