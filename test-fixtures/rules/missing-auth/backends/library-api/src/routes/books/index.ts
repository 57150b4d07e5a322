import express from "express";
import { shelf } from "../../store";

const router = express.Router();

// Mounted under /api/books, and nothing checks the caller.
// expect: missing-auth
router.delete("/:id", async (req, res) => {
  await shelf.remove("book", req.params.id);
  res.sendStatus(204);
});

export default router;
