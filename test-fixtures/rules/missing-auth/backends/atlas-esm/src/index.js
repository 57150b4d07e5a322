import express from "express";
import ownerOnly from "./guards/owner-only.js";
import stamp from "./guards/stamp.js";

const maps = new Map();
const app = express();
app.use(express.json());

// ok: missing-auth -- the imported list holds the session check, which runs before the handler
app.delete("/maps/:mapId", ownerOnly, (req, res) => {
  maps.delete(req.params.mapId);
  res.status(204).end();
});

// expect: missing-auth
app.delete("/pins/:pinId", stamp, (req, res) => {
  maps.delete(req.params.pinId);
  res.status(204).end();
});

app.listen(3000);
