import express from "express";
import { db } from "../lib/db";
import { body, noteChecks, query, runChecks } from "./middleware/run-checks";

const router = express.Router();

// ok: missing-input-validation -- runChecks runs the body chains it is handed and answers 400 when one fails
router.post("/votes", runChecks(body("itemId").isUUID(), body("score").isInt({ min: 1, max: 5 })), async (req, res) => {
  res.status(201).json(await db.vote.create({ data: { itemId: req.body.itemId, score: req.body.score } }));
});

// ok: missing-input-validation -- the query chains are checked the same way
router.get("/votes/top", runChecks(query("window").isIn(["day", "week"])), async (req, res) => {
  res.json(await db.vote.findMany({ where: { window: req.query.window } }));
});

// The chains handed over name the query only: the body is read unchecked.
router.put(
  "/votes/:id",
  runChecks(query("notify").optional().isBoolean()),
  async (req, res) => {
    // expect: missing-input-validation
    res.json(await db.vote.update({ where: { id: req.params.id }, data: { score: req.body.score } }));
  },
);

// noteChecks never turns a request away, so its chains prove nothing.
router.post(
  "/votes/bulk",
  noteChecks(body("items").isArray()),
  async (req, res) => {
    // expect: missing-input-validation
    res.status(201).json(await db.vote.createMany({ data: req.body.items }));
  },
);

export default router;
