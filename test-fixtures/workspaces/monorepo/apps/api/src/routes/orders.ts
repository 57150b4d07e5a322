// Guarded with the shared guard imported through the base tsconfig's `paths` (and the workspace package name).
import { Router } from "express";
import { z } from "zod";
import { mustBeSignedIn } from "@acme/auth";
import { parseBody } from "@acme/validation";
import { db } from "../db";

export const ordersRouter = Router();

const newOrder = z.object({ sku: z.string(), quantity: z.number().int().positive() });

// ok: missing-auth -- mustBeSignedIn is the project's guard in packages/auth
// ok: missing-input-validation -- parseBody is the project's validator in packages/validation
ordersRouter.post("/orders", mustBeSignedIn, async (req, res) => {
  const order = parseBody(newOrder, req.body);
  res.status(201).json(await db.orders.insert(order));
});
