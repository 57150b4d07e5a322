// The admin console is mounted once, while the service starts; its links are built then, not per request.
import type { Express } from "express";

export async function openAdminConsole(app: Express) {
  // ok: unvalidated-env -- runs only while the service starts: a missing origin throws at start-up, as validation would
  const consoleHome = new URL("/admin", process.env.ADMIN_ORIGIN!).toString();
  app.get("/admin", (req, res) => {
    // expect: unvalidated-env
    const back = new URL(String(req.query.back ?? "/"), process.env.ADMIN_ORIGIN!);
    res.json({ home: consoleHome, back: back.pathname });
  });
}

/** Called by a request handler: a missing origin throws on that request. */
export function adminLinkFor(accountId: string): string {
  // expect: unvalidated-env
  return new URL(`/admin/accounts/${accountId}`, process.env.ADMIN_ORIGIN!).toString();
}
