import { Router } from "express";
import cors from "cors";
import { requireAuth } from "./auth";

export const ordersRouter = Router();

// expect: permissive-cors
ordersRouter.use(cors({ origin: true, credentials: true }));

ordersRouter.post("/", requireAuth, async (req, res) => {
  res.status(201).json({ ok: true });
});
