import type { FastifyInstance } from "fastify";

export async function authRoutes(app: FastifyInstance) {
  app.post("/login", async (request, reply) => {
    const token = "signed";
    // expect: insecure-cookie
    reply.setCookie("auth", token, { path: "/" });
    // ok: insecure-cookie -- fully flagged
    reply.setCookie("auth_backup", token, { path: "/", httpOnly: true, secure: true, sameSite: "strict" });
    return { ok: true };
  });
}
