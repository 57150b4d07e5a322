import type { Express } from "express";

const pins = new Set<string>();

exports.afterGate = (hook: string, args: { app: Express }) => {
  // ok: missing-auth -- handed the gated app through the hook's arguments object
  args.app.put("/pins/:id", (req, res) => {
    pins.add(req.params.id);
    res.sendStatus(204);
  });
};

// Not exported, so no hook runner can call it: its app comes from nowhere Harden can see.
const registerLocally = (hook: string, { app }: { app: Express }) => {
  // expect: missing-auth
  app.put("/pins", (_req, res) => {
    pins.clear();
    res.sendStatus(204);
  });
};
void registerLocally;
