import express from "express";

// ok: missing-security-headers -- only JSON answers; the test's request builder and the widget's browser root answer no request
export const sync = express();
sync.use(express.json({ limit: "100kb" }));
sync.post("/changes", (req, res) => res.status(201).json({ received: Array.isArray(req.body) ? req.body.length : 0 }));
sync.listen(4020);
