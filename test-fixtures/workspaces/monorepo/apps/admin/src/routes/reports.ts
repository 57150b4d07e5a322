// Guarded with the admin app's guard imported through its own tsconfig's `@lib/*` alias.
import { Router } from "express";
import { requireStaffSession } from "@lib/session";

export const reportsRouter = Router();

// ok: missing-auth -- requireStaffSession is the admin app's guard in src/lib
reportsRouter.post("/reports/rebuild", requireStaffSession, async (_req, res) => {
  await rebuildReports();
  res.sendStatus(202);
});

async function rebuildReports(): Promise<void> {
  // Recomputes the monthly reports.
}
