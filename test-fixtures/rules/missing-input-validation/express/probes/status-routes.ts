import express, { Router } from "express";
import { db } from "../../lib/db";

export const statusRouter = Router();
statusRouter.use(express.urlencoded({ extended: true }));

statusRouter.post("/pause", async (req, res) => {
  // expect: missing-input-validation
  await db.probe.update({ where: { id: req.body.id }, data: { paused: req.body.paused } });
  res.sendStatus(204);
});
