// A router that parses forms again with options of its own: a body parser, which checks nothing about the fields.
import express, { Router } from "express";
import { db } from "../../lib/db";

export const probeRouter = Router();
probeRouter.use(express.urlencoded({ extended: true }));

const runProbe = async (req: express.Request, res: express.Response) => {
  // expect: missing-input-validation
  const { target, interval } = req.body;
  res.json(await db.probe.create({ data: { target, interval } }));
};
probeRouter.get("/run", runProbe);
probeRouter.post("/run", runProbe);

probeRouter.get("/history", async (req, res) => {
  // expect: missing-input-validation
  const filters = req.query as Record<string, string>;
  res.json(await db.probe.findMany({ where: { target: filters.target, region: filters.region } }));
});
