// The export worker, a separate service: it only takes jobs from callers that present its key.
import { Hono } from "hono";

const worker = new Hono();

worker.use(async (c, next) => {
  const presented = c.req.header("X-Api-Key");
  if (!process.env.EXPORT_API_KEY || process.env.EXPORT_API_KEY !== presented) {
    return c.json({ message: "unknown caller" }, 403);
  }
  return next();
});

worker.post("/exports", (c) => c.json({ queued: true }));

export default worker;
