import express from "express";
import { parsing } from "./hardening";

// ok: missing-security-headers -- a router, not a server: headers belong to the app that mounts it
export const kiosk = express.Router();
kiosk.use(...parsing());
kiosk.get("/screen", (_req, res) => res.send("<p>Now serving</p>"));
