// The package pins its installs with package-lock.json and declares no validator. Adding zod to package.json alone
// would make `npm ci` refuse the out-of-sync lockfile and stop the build, so the scaffold is only a suggestion whose
// title asks for the package manager to add zod.
import { Router } from "express";
import { db } from "../lib/db";

export const reservationsRouter = Router();

reservationsRouter.post("/reservations", async (req, res) => {
  // expect: missing-input-validation
  const reservation = await db.reservation.create({ data: { guests: req.body.guests * 1, table: req.body.table.trim() } });
  res.status(201).json(reservation);
});
