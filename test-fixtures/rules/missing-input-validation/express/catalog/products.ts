// Most body-taking routes of this folder go through `conform(...)`, a helper Harden cannot prove validates: that is
// asked once, at the first such route; the route that skips it is reported on its own.
import express from "express";
import { conform } from "../../lib/request-rules";
import { db } from "../../lib/db";

const catalogRules = { product: { name: "string", priceCents: "int" }, variant: { sku: "string" }, tag: { label: "string" } };

export const catalogRoutes = express.Router();

// expect: missing-input-validation
catalogRoutes.post("/products", conform(catalogRules.product), async (req, res) => {
  res.status(201).json(await db.product.create({ data: { name: req.body.name, priceCents: req.body.priceCents } }));
});

// ok: missing-input-validation -- goes through the folder's convention, asked about once above
catalogRoutes.post("/products/:id/variants", conform(catalogRules.variant), async (req, res) => {
  res.status(201).json(await db.variant.create({ data: { productId: req.params.id, sku: req.body.sku } }));
});

// ok: missing-input-validation -- goes through the folder's convention, asked about once above
catalogRoutes.put("/tags/:id", conform(catalogRules.tag), async (req, res) => {
  res.json(await db.tag.update({ where: { id: req.params.id }, data: { label: req.body.label } }));
});

catalogRoutes.patch("/products/:id", async (req, res) => {
  // expect: missing-input-validation
  res.json(await db.product.update({ where: { id: req.params.id }, data: { name: req.body.name } }));
});
