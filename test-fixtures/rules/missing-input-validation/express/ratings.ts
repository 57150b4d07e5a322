import express from "express";
import { db } from "../lib/db";
import { collectChecks, idNamed, pageQuery, ratingBody } from "./middleware/rating-checks";

const requestLog: express.RequestHandler = (_req, _res, next) => next();
const ratings = express.Router();

// ok: missing-input-validation -- the runner is handed a list mixing a factory's chain with a spread of body chains kept in another module
ratings.post("/:ratingId", collectChecks([idNamed("ratingId"), ...ratingBody]), async (req, res) => {
  const { stars, remark } = req.body;
  res.status(201).json(await db.rating.update({ where: { id: req.params.ratingId }, data: { stars, remark } }));
});

// ok: missing-input-validation -- a query chain kept under a name, handed in a list
ratings.get("/", collectChecks([pageQuery]), async (req, res) => {
  res.json(await db.rating.findMany({ skip: req.query.page }));
});

// The list names the route parameter and the query only; a plain middleware in it checks nothing.
ratings.put("/:ratingId", collectChecks([idNamed("ratingId"), pageQuery, requestLog as never]), async (req, res) => {
  // expect: missing-input-validation
  res.json(await db.rating.update({ where: { id: req.params.ratingId }, data: { stars: req.body.stars } }));
});

export default ratings;
