const express = require("express");

const app = express();
// ok: untrusted-forwarded-for -- no code, limiter or logger in this package reads req.ip, so trusting every hop decides nothing
app.set("trust proxy", true);
app.get("/notes", (req, res) => res.json({ notes: [], secure: req.secure }));
app.listen(4000);
