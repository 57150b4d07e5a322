import { Hono } from "hono";
import { setCookie } from "hono/cookie";
import { Discord, generateState } from "arctic";
import { serve } from "@hono/node-server";

const discord = new Discord(process.env.DISCORD_CLIENT_ID!, process.env.DISCORD_CLIENT_SECRET!, "https://guild.example/auth/discord/return");
const app = new Hono();

// ok: missing-auth -- the first leg of an OAuth sign-in: a fresh state kept in a cookie, then off to the provider
app.post("/auth/discord/begin", async (c) => {
  const state = generateState();
  const target = discord.createAuthorizationURL(state, ["identify"]);
  setCookie(c, "discord_state", state, { httpOnly: true, secure: true, sameSite: "Lax", maxAge: 600 });
  return c.redirect(target.toString());
});

const invites = new Map<string, string>();

// expect: missing-auth
app.post("/guilds/:guild/invite", async (c) => {
  const code = crypto.randomUUID();
  invites.set(code, c.req.param("guild"));
  return c.redirect(`/guilds/${c.req.param("guild")}/invites/${code}`);
});

serve({ fetch: app.fetch, port: 8787 });
