import express from "express";

const router = express.Router();

// expect: missing-auth
router.post("/plan", async (req, res) => {
  res.json({ plan: req.body.plan });
});

export default router;
