import express from "express";
import { db } from "../lib/db";
import { schemaRoute } from "./middleware/schema-route";

export const bookcases = express.Router();

bookcases.post("/shelves", schemaRoute({ bodySchema: "ShelfCreate" }), async (req, res) => {
  // ok: missing-input-validation -- the route names the body schema the middleware checks
  const { title } = req.body;
  res.status(201).json(await db.shelf.create({ data: { title } }));
});

bookcases.patch("/shelves/:id", schemaRoute({ bodySchema: "ShelfRename" }), async (req, res) => {
  // ok: missing-input-validation -- likewise for the rename
  const { title } = req.body;
  res.json(await db.shelf.update({ where: { id: req.params.id }, data: { title } }));
});

// No schema named: the middleware checks nothing of this body.
bookcases.post("/shelves/:id/notes", schemaRoute({}), async (req, res) => {
  // expect: missing-input-validation
  const { text } = req.body;
  res.status(201).json(await db.note.create({ data: { shelfId: req.params.id, text } }));
});

// The body schema says nothing about the query.
bookcases.put("/shelves/:id/order", schemaRoute({ bodySchema: "ShelfRename" }), async (req, res) => {
  // expect: missing-input-validation
  const { position } = req.query;
  res.json(await db.shelf.update({ where: { id: req.params.id }, data: { position } }));
});
