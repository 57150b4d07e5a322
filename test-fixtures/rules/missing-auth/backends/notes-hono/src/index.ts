import { Hono } from "hono";
import { logger } from "hono/logger";
import feedback from "./routes/feedback";
import notes from "./routes/notes";
import { store } from "./store";

const app = new Hono();
// Mounted through a chain on the app: the prefixes still reach the routes.
app.use(logger()).route("/notes", notes).route("/feedback", feedback);

// ok: missing-auth -- a password reset redeemed with the emailed token is a step of signing in
app.post("/auth/reset/:token", async (c) => c.json({ reset: await store.save("reset", c.req.param("token")) }));

export default app;
