import express from "express";

export const app = express();
app.get("/search", (_req, res) => res.json({ hits: [] }));
