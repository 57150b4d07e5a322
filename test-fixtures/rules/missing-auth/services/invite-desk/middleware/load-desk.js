import { Desk } from "../models.js";

export default async function loadDesk(req, res, next) {
  const desk = await Desk.query().findOne({ id: req.params.deskId, token_count: 0 });
  if (!desk) {
    return res.status(404).json({ error: "no such desk" });
  }
  req.desk = desk;
  next();
}
