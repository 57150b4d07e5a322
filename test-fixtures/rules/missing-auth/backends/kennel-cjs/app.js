const express = require("express");
const ownerGate = require("./middleware/owner-gate");
const stamp = require("./middleware/stamp");
const kennels = require("./kennels");

const app = express();
app.use(express.json());

// ok: missing-auth -- the required module verifies the token and the owner before the handler
app.put("/kennels/:id", ownerGate, async (req, res) => res.json(await kennels.rename(req.params.id, req.body.name)));

// expect: missing-auth
app.delete("/kennels/:id", stamp, async (req, res) => res.json(await kennels.remove(req.params.id)));

app.listen(3000);
