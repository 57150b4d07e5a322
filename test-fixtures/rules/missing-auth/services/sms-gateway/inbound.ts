import express, { Router } from "express";

// A class that builds a real router keeps it in a member: its registrations are routes.
export class InboundReceipts {
  private readonly router: Router;

  constructor(private readonly store: { save(receipt: unknown): Promise<void> }) {
    this.router = express.Router();
    // expect: missing-auth
    this.router.post("/receipts", this.record);
  }

  private record = async (req: express.Request, res: express.Response) => {
    await this.store.save(req.body);
    res.status(204).end();
  };
}
