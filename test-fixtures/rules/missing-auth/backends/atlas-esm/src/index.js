import express from "express";
import ownerOnly from "./guards/owner-only.js";
import stamp from "./guards/stamp.js";
import { addMember, openSession } from "./controllers/sessions.js";

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

// ok: missing-auth -- the sign-in itself: it checks the submitted password and answers 401 when it does not match
app.post("/sessions", openSession);

// expect: missing-auth
app.post("/members", addMember);

app.listen(3000);
