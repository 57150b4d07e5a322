import { z } from "zod";
import { Accounts } from "../models.js";

const Confirmation = z.object({ token: z.string().uuid() }).strict();

// The emailed confirmation secret is the caller's credential: the account is found by it, and a miss is answered first.
export default async (req, res) => {
  const parsed = Confirmation.safeParse(req.body);
  if (!parsed.success) {
    res.status(400).json({ error: "invalid body" });
    return;
  }
  const { token } = parsed.data;
  const found = await Accounts.byConfirmationToken(token);
  if (found.isErr()) {
    res.status(400).json({ error: "unknown or expired token" });
    return;
  }
  await Accounts.markConfirmed(found.value.id);
  res.sendStatus(204);
};
