import jwt from "jsonwebtoken";

/** preValidation hook: the session cookie must carry a valid token, else 401. */
export async function requireSession(request, reply) {
  const token = request.cookies?.paste_session;
  if (!token) return reply.code(401).send({ error: "sign in first" });
  try {
    request.member = jwt.verify(token, process.env.PASTE_SESSION_KEY);
  } catch {
    return reply.code(401).send({ error: "sign in first" });
  }
}
