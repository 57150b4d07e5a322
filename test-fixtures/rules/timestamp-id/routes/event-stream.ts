import { Router } from "express";
import { requireAuth } from "../middleware/auth";
import { jobEvents } from "../services/job-events";

export const eventStreamRouter = Router();
const subscribers = new Map<string, (event: unknown) => void>();

eventStreamRouter.get("/jobs/:id/events", requireAuth, (req, res) => {
  // ok: timestamp-id -- a debug correlation id, used when the proxy sent none
  const connectionId = req.header("x-request-id") || Math.random().toString(36).slice(2, 8);
  // ok: timestamp-id -- the subscriber's handle in a map of this process, never sent or stored
  const subscriberId = "sub_" + Math.random().toString(36).substring(2, 9);
  res.writeHead(200, { "Content-Type": "text/event-stream" });
  subscribers.set(subscriberId, (event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  jobEvents.subscribe({ jobId: req.params.id, subscriber: subscriberId });
  console.debug(`stream ${connectionId} opened`);
  req.on("close", () => {
    subscribers.delete(subscriberId);
    jobEvents.unsubscribe({ jobId: req.params.id, subscriber: subscriberId });
  });
});
