import express from "express";
import { serveToolCall } from "@kiosk-vendor/mcp-transport";
import { loadSession } from "@kiosk-vendor/chat-bridge";
import { store } from "./store";

export const assistant = express.Router();

// ok: missing-auth -- the transport package takes the request and the response and answers the call itself
assistant.post("/tools", async (req, res) => {
  await serveToolCall(req, res);
});

// expect: missing-auth
assistant.post("/notes", async (req, res) => {
  const session = await loadSession(req, res);
  res.json({ id: await store.save("note", { body: String(req.body.text), seen: Boolean(session) }) });
});
