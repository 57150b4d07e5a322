import express from "express";

const router = express.Router();

// ok: missing-auth -- mounted behind mustBeSignedIn, through the routers collection
router.post("/invite", async (req, res) => {
  res.status(201).json({ invited: req.body.email });
});

export default router;
