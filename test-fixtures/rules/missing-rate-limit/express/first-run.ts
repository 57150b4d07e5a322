import { Router } from "express";
import { hash } from "bcryptjs";
import { db } from "../lib/db";

export const setupRouter = Router();

/** True once the installation has any workspace: set-up has happened. */
async function hasAnyWorkspace(): Promise<boolean> {
  return (await db.workspace.count()) > 0;
}

// ok: missing-rate-limit -- the first-run sign-up refuses everyone with 409 once any workspace exists, whoever asks
setupRouter.post("/setup/register", async (req, res) => {
  const { email, password } = req.body;
  if (await hasAnyWorkspace()) {
    return res.status(409).json({ error: "already set up" });
  }
  const owner = await db.user.create({ data: { email, passwordHash: await hash(password, 12) } });
  await db.workspace.create({ data: { ownerId: owner.id } });
  res.status(201).json({ id: owner.id });
});

// A 409 for an address already taken depends on the request: the sign-up stays open to everyone else.
// expect: missing-rate-limit
setupRouter.post("/register", async (req, res) => {
  const { email, password } = req.body;
  if (await db.user.findUnique({ where: { email } })) {
    return res.status(409).json({ error: "taken" });
  }
  const user = await db.user.create({ data: { email, passwordHash: await hash(password, 12) } });
  res.status(201).json({ id: user.id });
});
