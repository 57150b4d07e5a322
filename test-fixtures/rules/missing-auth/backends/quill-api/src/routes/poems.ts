import { Router } from "express";
import guards from "../guards";
import { poems } from "../store";

export const poemRoutes = Router();

// ok: missing-auth -- guards.required is express-jwt with its credential required
poemRoutes.put("/poems/:poemId", guards.required, async (req, res) => {
  res.json(await poems.update(req.params.poemId, String(req.body.text)));
});

// expect: missing-auth
poemRoutes.delete("/poems/:poemId", guards.optional, async (req, res) => {
  res.json(await poems.remove(req.params.poemId));
});
