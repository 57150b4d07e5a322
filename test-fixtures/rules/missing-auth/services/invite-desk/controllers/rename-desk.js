import { Desk } from "../models.js";

export default async (req, res) => {
  const desk = await Desk.query().findById(req.params.deskId).throwIfNotFound();
  await desk.update({ title: req.body.title });
  res.sendStatus(204);
};
