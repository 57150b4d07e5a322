import { Router } from "express";
import { db } from "../db";

export const refundsRouter = Router();

// expect: missing-auth
refundsRouter.delete("/refunds/:id", async (req, res) => {
  await db.refunds.remove(req.params.id);
  res.sendStatus(204);
});
