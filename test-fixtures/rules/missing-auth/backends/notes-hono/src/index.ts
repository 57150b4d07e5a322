import { Hono } from "hono";
import { logger } from "hono/logger";
import feedback from "./routes/feedback";
import notes from "./routes/notes";

const app = new Hono();
// Mounted through a chain on the app: the prefixes still reach the routes.
app.use(logger()).route("/notes", notes).route("/feedback", feedback);

export default app;
