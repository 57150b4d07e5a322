import { Hono } from "hono";
import { notesRoutes } from "./routes";

// expect: missing-security-headers
const notes = new Hono();
notes.get("/count", (c) => c.json({ count: 3 }));
notes.route("/notes", notesRoutes);

export default { port: 4300, fetch: notes.fetch };
