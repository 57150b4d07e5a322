import { z } from "zod";
import { Accounts } from "../models.js";

const Confirmation = z.object({ accountId: z.string() }).strict();

// The same steps keyed by a record id anyone may guess: finding the account proves nothing about the caller.
export default async (req, res) => {
  const parsed = Confirmation.safeParse(req.body);
  if (!parsed.success) {
    res.status(400).json({ error: "invalid body" });
    return;
  }
  const { accountId } = parsed.data;
  const found = await Accounts.byId(accountId);
  if (found.isErr()) {
    res.status(404).json({ error: "no such account" });
    return;
  }
  await Accounts.markConfirmed(found.value.id);
  res.sendStatus(204);
};
