import { Router } from "express";

export const quotesRouter = Router();

quotesRouter.get("/:sku", async (req, res) => {
  // expect: missing-timeout
  const upstream = await fetch(`https://rates.example.com/quote/${encodeURIComponent(req.params.sku)}`);
  res.json(await upstream.json());
});
