import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { randomBytes } from "crypto";

const app = new Hono();

// expect: error-detail-leak
app.onError((err, c) => {
  const errorId = randomBytes(16).toString("hex");
  console.error(errorId, err);
  return c.json({ error: `Internal server error (reference ${errorId})` }, 500);
});

const api = new Hono();
api.onError((err, c) => {
  if (err instanceof HTTPException) {
    // ok: error-detail-leak -- HTTPExceptions carry messages written for the client
    return err.getResponse();
  }
  console.error(err);
  // ok: error-detail-leak -- generic message
  return c.json({ error: "Internal server error" }, 500);
});

api.post("/import", async (c) => {
  try {
    const rows = await c.req.json();
    return c.json({ imported: rows.length });
  } catch (err) {
    // expect: error-detail-leak
    const errorId = randomBytes(16).toString("hex");
    console.error(errorId, err);
    throw new HTTPException(500, { message: `import failed: Internal server error (reference ${errorId})` });
  }
});

export default app;
