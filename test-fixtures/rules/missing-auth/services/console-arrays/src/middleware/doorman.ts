import type { NextFunction, Request, Response } from "express";
import { refuse } from "./refuse.js";

// One instance guards every router; its methods are handed on bound (`doorman.operatorKey.bind(doorman)`).
export class Doorman {
  // Refuses through a shared responder whose status Harden cannot read: the request still stops when no key was sent.
  async operatorKey(req: Request, res: Response, next: NextFunction) {
    const header = req.get("authorization");
    if (!header) {
      refuse(res, "key_missing");
      return;
    }
    res.locals.operator = await lookUpOperator(header.replace(/^Bearer /, ""));
    next();
  }

  signedIn(req: Request, res: Response, next: NextFunction) {
    if (!req.isAuthenticated()) {
      res.status(401).json({ code: "signed_out" });
      return;
    }
    next();
  }

  // A single-user install: everyone is the local operator.
  localOperator(_req: Request, res: Response, next: NextFunction) {
    res.locals.operator = { id: "local" };
    next();
  }
}

async function lookUpOperator(key: string): Promise<{ id: string }> {
  return { id: key.slice(0, 8) };
}

export default new Doorman();
