import type { NextFunction, Request, Response } from "express";

// The identity provider's callback: a failed exchange goes on to the error middleware.
export async function ssoCallback(req: Request, res: Response, next: NextFunction) {
  try {
    await exchangeCode(String(req.query.code));
    res.redirect("/");
  } catch (error) {
    // ok: error-detail-leak -- Express always passes next, so the branch that answers the error never runs
    return next ? next(error) : res.status(401).json({ message: (error as Error).message });
  }
}

// A helper whose callback is optional: the answering branch runs whenever the caller gives none.
export async function tokenRefresh(req: Request, res: Response, done?: (error: unknown) => void) {
  try {
    await exchangeCode(String(req.body.refreshToken));
    res.json({ ok: true });
  } catch (error) {
    // expect: error-detail-leak
    return done ? done(error) : res.status(401).json({ message: (error as Error).message });
  }
}

async function exchangeCode(code: string): Promise<void> {
  if (code.length < 10) throw new Error(`code ${code} rejected by the provider`);
  await postToTokenEndpoint(code);
}

// The provider's token endpoint: its failures carry the network's text.
declare function postToTokenEndpoint(code: string): Promise<void>;

// The same callback registered in place, with `next` marked optional only in its type: Express still always passes it.
export function registerSso(app: import("express").Express) {
  app.get("/sso/return", async (req, res, next?) => {
    try {
      await exchangeCode(String(req.query.code));
      res.redirect("/");
    } catch (error) {
      // ok: error-detail-leak -- Express calls a registered handler with next, whatever its type says
      return next ? next(error) : res.status(401).json({ message: (error as Error).message });
    }
  });
}
