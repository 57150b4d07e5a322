const express = require("express");
const morgan = require("morgan");

const app = express();
// expect: untrusted-forwarded-for
app.set("trust proxy", true);
// The combined format starts each line with :remote-addr, which is req.ip: the audit log records whatever address the client claims.
app.use(morgan("combined"));
app.get("/notes", (req, res) => res.json({ notes: [] }));
app.listen(4003);
