import { Hono } from "hono";
import { bearerAuth } from "hono/bearer-auth";
import { notes } from "./notes";

const app = new Hono();

// expect: missing-auth
app.post("/drafts", async (c) => {
  await notes.saveDraft(await c.req.json());
  return c.body(null, 204);
});

app.use("/notes/*", bearerAuth({ token: process.env.NOTES_API_TOKEN! }));

// ok: missing-auth -- covered by the bearerAuth middleware registered for /notes/* above
app.post("/notes", async (c) => c.json(await notes.create(await c.req.json()), 201));

// expect: missing-auth
app.delete("/drafts/:id", async (c) => {
  await notes.removeDraft(c.req.param("id"));
  return c.body(null, 204);
});

export default app;
