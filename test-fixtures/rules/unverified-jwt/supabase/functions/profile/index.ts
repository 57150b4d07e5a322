import { decodeJwt } from "npm:jose@5";

Deno.serve(async (req) => {
  const token = req.headers.get("Authorization")?.replace("Bearer ", "") ?? "";
  // todo-expect: unverified-jwt
  const { sub } = decodeJwt(token);
  return Response.json({ id: sub });
});
