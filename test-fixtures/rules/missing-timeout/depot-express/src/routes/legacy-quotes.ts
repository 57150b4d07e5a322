import express from "express";

// The old quotes router, replaced by quotes.ts: nothing imports or launches it, so its routes are never served.
const legacy = express.Router();

legacy.get("/quote/:sku", async (req, res) => {
  // ok: missing-timeout -- nothing mounts this router: the request is never made
  const upstream = await fetch(`https://rates.example.com/quote/${encodeURIComponent(req.params.sku)}`);
  res.json(await upstream.json());
});

export default legacy;
