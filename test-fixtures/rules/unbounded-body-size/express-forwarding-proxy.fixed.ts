// A forwarding proxy whose body parsers take a size from configuration: uploads up to that size pass them today, so
// the file limit its multer lacks is offered for a person to choose, never cut to the default by fix-all.
import express from "express";
import multer from "multer";

const settings = { forwardedBodyLimit: process.env.FORWARDED_BODY_LIMIT ?? "80mb" };

export const forwarding = express.Router();
forwarding.use(express.json({ limit: settings.forwardedBodyLimit }));
// expect: unbounded-body-size
const relayUpload = multer({ storage: multer.memoryStorage() });

forwarding.post("/relay/:target", relayUpload.any(), (_req, res) => res.status(202).end());
