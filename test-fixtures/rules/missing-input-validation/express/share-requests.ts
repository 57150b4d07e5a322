// A body cast to a shape and then stored whole. The schema lists every field the shape declares, not only the ones the
// handler reads: `theme` is only stored, and a strict schema without it would turn away every client that sends it.
// It stays optional (the handler never reads it). A cast to a shape declared in another file cannot be listed, so that
// schema lets unlisted keys through instead of rejecting them.
import { Router } from "express";
import { kv } from "../lib/kv";
import type { ImportedShare } from "../lib/share-shapes";

interface ShareRequest {
  sessionKey: string;
  theme: string;
  storedAt?: number;
}

export const shareRouter = Router();

shareRouter.post("/shares", async (req, res) => {
  // expect: missing-input-validation
  const share = req.body as ShareRequest;
  if (!share || !share.sessionKey) return res.status(400).json({ error: "sessionKey is required" });
  share.storedAt = Date.now();
  await kv.set(`share:${crypto.randomUUID()}`, share);
  res.status(201).end();
});

shareRouter.post("/imported-shares", async (req, res) => {
  // expect: missing-input-validation
  const share = req.body as ImportedShare;
  if (!share.sessionKey) return res.status(400).json({ error: "sessionKey is required" });
  await kv.set(`share:${crypto.randomUUID()}`, share);
  res.status(201).end();
});
