import express from "express";
import { shelf } from "../../store";

const router = express.Router();

// ok: missing-auth -- nothing imports or mounts this router (its mount is commented out), so the route serves no request
router.delete("/:id", async (req, res) => {
  await shelf.remove("loan", req.params.id);
  res.sendStatus(204);
});

export default router;
