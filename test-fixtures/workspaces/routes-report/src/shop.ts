// An Express shop: one authenticated router, a health check, and a search route whose path is markup, so the HTML
// report must show it as text.
import express from "express";
import { requireApiKey } from "./session";

export const app = express();
app.use(express.json({ limit: "100kb" }));

app.get("/health", (_req, res) => {
  res.json({ ok: true });
});

app.get("/search/<script>document.title='pwned'</script><img src=x onerror=\"document.body.dataset.pwned='yes'\">", (req, res) => {
  res.json({ query: req.query.q });
});

const orders = express.Router();
orders.post("/", async (req, res) => {
  const order = { sku: req.body.sku, quantity: req.body.quantity };
  res.status(201).json(order);
});
orders.get("/:id", (req, res) => {
  res.json({ id: req.params.id });
});
app.use("/orders", requireApiKey, orders);

app.post("/uploads", requireApiKey, express.raw({ type: "application/octet-stream", limit: Infinity }), (req, res) => {
  res.status(201).json({ bytes: req.body.length });
});
