import type { Express } from "express";

const notes: string[] = [];

// The runner calls this with the app after the session gate has been registered on it.
export const afterGate = (hook: string, { app }: { app: Express }) => {
  // ok: missing-auth -- behind gate.admit, registered on the same app before the hook ran
  app.post("/notes", (req, res) => {
    notes.push(String(req.body.text));
    res.sendStatus(201);
  });
};

// The runner calls this before the gate: nothing guards what it registers.
exports.beforeGate = (hook: string, args: { app: Express }) => {
  // expect: missing-auth
  args.app.delete("/notes", (_req, res) => {
    notes.length = 0;
    res.sendStatus(204);
  });
};
