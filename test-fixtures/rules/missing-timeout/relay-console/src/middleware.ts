// Shared by the pages and the server: the server only reads the relay, the pages call the page API.
import express from "express";
import { pageApi, relayApi } from "./clients";
import { pointAt } from "./shared-client";

export const relayRoutes = express.Router();

relayRoutes.get("/relay/status", async (_req, res) => {
  res.json((await relayApi.get("/status")).data);
});

export { pageApi };

relayRoutes.get("/relay/mirror", async (_req, res) => {
  res.json((await pointAt(process.env.MIRROR_URL ?? "").get("/status")).data);
});
