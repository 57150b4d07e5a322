import { Router } from "express";
import { db } from "../../lib/db";

export const reportsRouter = Router();

reportsRouter.post("/", async (req, res) => {
  // expect: missing-input-validation
  res.json(await db.report.create({ data: req.body }));
});
