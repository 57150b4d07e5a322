import { Router } from "express";
import redeemInvite from "../controllers/redeem-invite.js";
import renameDesk from "../controllers/rename-desk.js";
import confirmAddress from "../controllers/confirm-address.js";
import confirmById from "../controllers/confirm-by-id.js";
import { previewBySecret, previewById } from "../controllers/preview-invite.js";
import openAgentChannel from "../middleware/open-agent-channel.js";
import loadDesk from "../middleware/load-desk.js";

const router = Router();

// ok: missing-auth -- the controller looks the emailed invite secret up and throws when no invite holds it
router.post("/invites/redeem", redeemInvite);

// expect: missing-auth
router.post("/desks/:deskId/rename", renameDesk);

// ok: missing-auth -- the controller finds the account by the confirmation secret the caller sent and answers a miss first
router.post("/addresses/confirm", confirmAddress);

// expect: missing-auth
router.post("/addresses/confirm-by-id", confirmById);

// ok: missing-auth -- answers only what the invite secret the caller sent looks up
router.post("/invites/preview", previewBySecret);

// expect: missing-auth
router.post("/invites/preview-by-id", previewById);

// ok: missing-auth -- the middleware admits only a caller whose URL carries a channel secret that is on file
router.post("/agents/:channelSecret", openAgentChannel, (req, res) => {
  res.json({ channel: req.channel.id });
});

// expect: missing-auth
router.delete("/desks/:deskId", loadDesk, async (req, res) => {
  await req.desk.remove();
  res.sendStatus(204);
});

export default router;
