import express from "express";

const app = express();
app.get("/stock", (_req, res) => res.json({ items: [] }));
app.listen(8080);
