import { createHmac, timingSafeEqual } from "node:crypto";
import express, { type NextFunction, type Request, type Response } from "express";

const app = express();
const events: unknown[] = [];

// Checks the chat platform's HMAC over the raw body: the signature is the caller's credential.
function verifyChatSignature(req: Request, res: Response, next: NextFunction) {
  const signature = req.get("x-chat-signature") ?? "";
  const expected = createHmac("sha256", process.env.CHAT_SIGNING_SECRET ?? "").update(JSON.stringify(req.body)).digest("hex");
  if (signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
    return res.status(401).json({ error: "bad signature" });
  }
  next();
}

// ok: missing-auth -- the signature middleware authenticates the sender
app.post("/events", verifyChatSignature, (req, res) => {
  events.push(req.body);
  res.sendStatus(204);
});

// expect: missing-auth
app.post("/commands", (req, res) => {
  events.push(req.body);
  res.sendStatus(204);
});

app.listen(3000);
