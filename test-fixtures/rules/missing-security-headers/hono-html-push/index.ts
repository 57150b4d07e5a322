import { Hono } from "hono";
import { pushToMember } from "./push";

// The push loop sends markup held in a const: the package may answer documents.
// expect: missing-security-headers
const api = new Hono();
api.get("/tasks", (c) => c.json({ tasks: [] }));
api.post("/tasks/:id/done", (c) => {
  pushToMember("owner", c.req.param("id"));
  return c.json({ ok: true });
});

export default api;
