import type { Request, Response } from "express";

// Turns a rejected handler into a 200 answer that names the failure, as the kiosk screens expect.
export function answerFailures(run: (req: Request, res: Response) => Promise<void>) {
  return (req: Request, res: Response) => {
    run(req, res).catch((failure: Error) => {
      res.send({ state: "failed", reason: failure.name });
    });
  };
}
