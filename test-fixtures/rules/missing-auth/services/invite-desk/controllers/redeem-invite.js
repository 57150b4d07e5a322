import { Invite } from "../models.js";

export default async (req, res) => {
  const { inviteToken, displayName } = req.body;
  const invite = await Invite.query().findOne({ token: inviteToken }).throwIfNotFound();
  await invite.redeem(displayName);
  res.sendStatus(204);
};
