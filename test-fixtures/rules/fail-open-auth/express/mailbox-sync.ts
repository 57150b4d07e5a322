import type { NextFunction, Request, Response } from "express";

interface Mail {
  from?: string;
  subject: string;
}

// A sync step that authenticates to the mail provider with the caller's bearer token, then keeps the mails not sent
// by the mailbox owner.
export async function syncMailbox(req: Request, res: Response) {
  const token = req.headers.authorization?.replace(/^Bearer /, "");
  if (!token) return res.status(401).json({ error: "Unauthorized" });
  const userEmail = process.env.MAILBOX_OWNER;
  const mails: Mail[] = await listMails(token);
  const received = mails.filter((mail) => {
    // ok: fail-open-auth -- this `return true` keeps list items in a filter callback; it lets no request through
    if (!userEmail) return true;
    return mail.from?.toLowerCase() !== userEmail;
  });
  res.json({ count: received.length });
}

export function requirePartnerKey(req: Request, res: Response, next: NextFunction) {
  const expected = process.env.PARTNER_KEY;
  // expect: fail-open-auth
  if (!expected) return next();
  if (req.header("x-api-key") !== expected) return res.status(401).json({ error: "Unauthorized" });
  next();
}

declare function listMails(token: string): Promise<Mail[]>;
