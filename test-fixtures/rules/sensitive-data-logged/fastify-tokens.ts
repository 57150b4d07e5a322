import Fastify from "fastify";

const fastify = Fastify({ logger: true });

fastify.post("/oauth/callback", async (request) => {
  const { code } = request.body as { code: string };
  const tokens = await exchange(code);
  // expect: sensitive-data-logged
  request.log.info({ accessToken: tokens.accessToken, expiresIn: tokens.expiresIn }, "token exchanged");
  // ok: sensitive-data-logged -- expiry only
  request.log.info({ tokenExpiresAt: Date.now() + tokens.expiresIn * 1000 });
  // expect: sensitive-data-logged
  fastify.log.debug({ headers: request.headers });
  return { ok: true };
});

async function exchange(code: string) {
  return { accessToken: code, expiresIn: 3600 };
}

export default fastify;
