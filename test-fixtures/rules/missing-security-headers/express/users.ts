import { Router } from "express";

// ok: missing-security-headers -- a router, not a server: headers belong to the app that mounts it
export const usersRouter = Router();
usersRouter.get("/", (_req, res) => res.json([]));
usersRouter.get("/:id/card", (req, res) => res.send(`<h2>${req.params.id}</h2>`));
