import { Invite } from "../models.js";

// Shows an invitee what the emailed secret invites them to: the secret is all it looks up, and what it finds is the answer.
export async function previewBySecret(req, res, next) {
  try {
    const invite = await Invite.lookupBySecretToken(req.body.token);
    return res.success({ desk: invite.deskName });
  } catch (error) {
    next(error);
  }
}

// The same answer for any invite id the caller names: nothing proves the caller was invited.
export async function previewById(req, res, next) {
  try {
    const invite = await Invite.lookupById(req.body.inviteId);
    return res.success({ desk: invite.deskName });
  } catch (error) {
    next(error);
  }
}
