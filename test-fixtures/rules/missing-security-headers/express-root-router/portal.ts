import express from "express";
import { hardening } from "./hardening";

// ok: missing-security-headers -- a router, not a server: headers belong to the app that mounts it
export const portal = express.Router();
portal.use(...hardening());
portal.get("/welcome", (_req, res) => res.send("<h1>Welcome</h1>"));
