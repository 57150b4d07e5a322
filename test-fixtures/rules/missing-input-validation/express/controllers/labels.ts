// Label handlers, imported as a namespace by notes-routes.ts.
import type { Request, Response } from "express";
import { db } from "../../lib/db";

export const create = async (req: Request, res: Response) => {
  // expect: missing-input-validation
  const { name, color } = req.body;
  res.status(201).json(await db.label.create({ data: { name: name.trim(), color } }));
};
