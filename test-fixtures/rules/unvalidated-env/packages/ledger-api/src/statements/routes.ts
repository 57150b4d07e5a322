import { Router } from "express";
import { adminLinkFor } from "../admin/console";

export const statementsRouter = Router();

statementsRouter.get("/:id", (req, res) => {
  // ok: unvalidated-env -- the schema main.ts runs at start-up validates LEDGER_PUBLIC_URL
  const pdf = `${process.env.LEDGER_PUBLIC_URL!}/statements/${req.params.id}.pdf`;
  // ok: unvalidated-env -- named by the schema under its region condition
  const vatCheck = `${process.env.VAT_LOOKUP_URL!}/check`;
  // expect: unvalidated-env
  const disputes = `${process.env.DISPUTES_PORTAL_URL!}/new?statement=${req.params.id}`;
  res.json({ pdf, vatCheck, disputes, admin: adminLinkFor(req.params.id) });
});
