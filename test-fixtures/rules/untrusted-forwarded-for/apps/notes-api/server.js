const express = require("express");
const morgan = require("morgan");
const { lastVisit } = require("./visits");

const app = express();
// ok: untrusted-forwarded-for -- nothing in this package reads req.ip: the log format omits the address, the stored visit's ip is a record
app.set("trust proxy", true);
app.use(morgan("dev"));
app.get("/notes", async (req, res) => {
  const visit = await lastVisit();
  res.json({ notes: [], secure: req.secure, lastSeenFrom: visit.ip });
});
app.listen(4000);
