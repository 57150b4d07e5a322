import { Router } from "express";
import { db } from "../../lib/db";

export const libraryRouter = Router();

libraryRouter.post("/shelves", async (req, res) => {
  // ok: missing-input-validation -- the OpenAPI validator mounted on the app rejects a body that does not fit the spec
  const { title, capacity } = req.body;
  res.json(await db.shelf.create({ data: { title, capacity } }));
});

libraryRouter.get("/shelves", async (req, res) => {
  // ok: missing-input-validation -- query parameters the operation does not declare are refused before this runs
  const filters = req.query as Record<string, string>;
  res.json(await db.shelf.findMany({ where: { title: filters.title } }));
});
