import express from "express";
import ProbeRoutes from "./routes/probes.js";
import ReportRoutes from "./routes/reports.js";
import { requireToken } from "./middleware/require-token.js";

const probeController = {
  create: (req, res) => res.status(201).json({ target: String(req.body.target) }),
  remove: (req, res) => res.status(204).end(),
};
const reportController = { submit: (req, res) => res.status(202).json({ received: true }) };

const app = express();
const probeRoutes = new ProbeRoutes(probeController);
const reportRoutes = new ReportRoutes(reportController);
app.use(express.json());
app.use("/api/probes", requireToken, probeRoutes.getRouter());
// The report router is mounted with no guard: its POST is open.
app.use("/api/reports", reportRoutes.getRouter());
app.listen(3000);
