// Shared by the pages and the server: the server only reads the relay, the pages call the page API.
import express from "express";
import { pageApi, relayApi } from "./clients";

export const relayRoutes = express.Router();

relayRoutes.get("/relay/status", async (_req, res) => {
  res.json((await relayApi.get("/status")).data);
});

export { pageApi };
