import Fastify from "fastify";
import { requireSession } from "./session";
import { accounts } from "./accounts";

const server = Fastify();

// ok: missing-rate-limit -- the route's own guard signs the caller in first; they set their own password, no emailed code is checked
server.post("/account/reset-password", { preHandler: requireSession }, async (request) => {
  const { password } = request.body as { password: string };
  await accounts.setPassword(request.user.id, password);
  return { saved: true };
});

// expect: missing-rate-limit
server.post("/password-reset/confirm", async (request, reply) => {
  const { code, password } = request.body as { code: string; password: string };
  const pending = await accounts.findReset(code);
  if (!pending) return reply.code(401).send({ error: "wrong code" });
  await accounts.setPassword(pending.accountId, password);
  return { saved: true };
});
