import type { FastifyInstance } from "fastify";
import jwt from "jsonwebtoken";
import { decode } from "html-entities";

export async function accountRoutes(app: FastifyInstance) {
  app.post("/tokens", async (request) => {
    const { userId } = request.body as { userId: string };
    // ok: unverified-jwt -- signing is not trusting
    return { token: jwt.sign({ sub: userId }, process.env.JWT_SECRET as string, { algorithm: "HS256", expiresIn: "15m" }) };
  });

  app.get("/me", async (request, reply) => {
    const token = request.headers.authorization?.slice(7) ?? "";
    // ok: unverified-jwt -- several pinned algorithms, none of them "none"
    const claims = jwt.verify(token, process.env.JWT_PUBLIC_KEY as string, { algorithms: ["RS256", "ES256"] });
    if (typeof claims === "string") return reply.code(401).send();
    return claims;
  });

  app.get("/preview", async (request) => {
    const { title } = request.query as { title: string };
    // ok: unverified-jwt -- html-entities' decode, not a JWT
    if (decode(title).length > 80) return { title: decode(title).slice(0, 80) };
    return { title };
  });

  app.get("/session", async (request) => {
    // ok: unverified-jwt -- @fastify/jwt's request.jwtVerify() checks the signature
    const session = await request.jwtVerify<{ sub: string }>();
    return { id: session.sub };
  });
}
