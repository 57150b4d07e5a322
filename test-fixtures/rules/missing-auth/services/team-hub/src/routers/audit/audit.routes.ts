import express from "express";

const router = express.Router();

// ok: missing-auth -- re-exported through a module whose name has a dot, and mounted behind mustBeSignedIn
router.post("/export", async (req, res) => {
  res.status(202).json({ queued: req.body.range });
});

export default router;
