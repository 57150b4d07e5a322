import Fastify, { type FastifyRequest } from "fastify";
import * as argon2 from "argon2";
import { db } from "../lib/db";
import { resetCodes } from "./reset-codes";

const api = Fastify();

/** The signed-in member of this request, from its bearer token; undefined when there is none. */
async function memberOf(request: FastifyRequest): Promise<{ id: string; admin: boolean } | undefined> {
  const token = request.headers.authorization?.slice("Bearer ".length);
  return token ? db.member.findUnique({ where: { token } }) : undefined;
}

// Setting a password without any code: the new one is hashed and stored for the caller, nothing submitted is compared.
// ok: missing-rate-limit -- no code or token is checked, so there is nothing to guess
api.post("/members/me/reset-password", async (request) => {
  const { newPassword } = request.body as { newPassword: string };
  const member = await memberOf(request);
  await db.member.update({ where: { id: member?.id }, data: { passwordHash: await argon2.hash(newPassword) } });
  return { saved: true };
});

// An administrator setting someone's password: the member id only picks the record that is written.
// ok: missing-rate-limit -- the submitted id and password only go into the stored record
api.put("/admin/password-reset", async (request, reply) => {
  const { memberId, password } = request.body as { memberId: string; password: string };
  const caller = await memberOf(request);
  if (!caller?.admin) return reply.code(403).send({ error: "admins only" });
  await db.member.update({ where: { id: memberId }, data: { passwordHash: await argon2.hash(password) } });
  return { saved: true };
});

// The emailed code is looked up: a wrong guess costs nothing, so guesses can run at full speed.
// expect: missing-rate-limit
api.post("/members/reset-password", async (request, reply) => {
  const { code, newPassword } = request.body as { code: string; newPassword: string };
  const pending = await db.resetCode.findUnique({ where: { code } });
  if (!pending) return reply.code(400).send({ error: "unknown code" });
  await db.member.update({ where: { id: pending.memberId }, data: { passwordHash: await argon2.hash(newPassword) } });
  return { saved: true };
});

// The code goes to a project function that checks it and throws: nothing here shows it is not guessable.
// expect: missing-rate-limit
api.post("/reset-password", async (request) => {
  const { code, newPassword } = request.body as { code: string; newPassword: string };
  await resetCodes.redeem(code, newPassword);
  return { saved: true };
});
