import { Channel } from "../models.js";

export default async function openAgentChannel(req, res, next) {
  const { channelSecret } = req.params;
  const channel = await Channel.query().findOne({ secret: channelSecret });
  if (!channel) {
    return res.status(404).json({ error: "no such channel" });
  }
  req.channel = channel;
  next();
}
