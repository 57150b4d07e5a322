import type { NextFunction, Request, Response } from "express";

async function findKiosk(pass: string): Promise<{ shelf: string } | undefined> {
  return pass.length === 32 ? { shelf: "front" } : undefined;
}

function refuse(res: Response, reason: string): void {
  res.status(401).json({ reason });
}

// Kiosks post their pass in the JSON body (they cannot set headers); the gate refuses a request without one and
// looks the pass up before calling on.
export class KioskGate {
  async admit(req: Request, res: Response, next: NextFunction): Promise<void> {
    const pass = req.is("application/json") && req.body && req.body["token"];
    if (!pass) {
      refuse(res, "no_pass");
      return;
    }
    const kiosk = await findKiosk(String(pass));
    if (!kiosk) {
      refuse(res, "unknown_pass");
      return;
    }
    res.locals.shelf = kiosk.shelf;
    next();
  }

  // Refuses a body that names no shelf: a required field, which anyone can send.
  async requireShelf(req: Request, res: Response, next: NextFunction): Promise<void> {
    const shelf = req.is("application/json") && req.body && req.body["shelf"];
    if (!shelf) {
      refuse(res, "no_shelf");
      return;
    }
    next();
  }
}

export const kioskGate = new KioskGate();
