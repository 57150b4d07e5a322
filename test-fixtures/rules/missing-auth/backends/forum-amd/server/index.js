// A forum served by Express whose page scripts, under public/, are RequireJS modules the browser loads.
const express = require("express");

const reports = [];
const app = express();
app.use(express.json());
app.use(express.static("public"));

// expect: missing-auth
app.post("/reports", (req, res) => {
  reports.push({ postId: req.body.postId, reason: req.body.reason });
  res.status(201).json({ count: reports.length });
});

app.listen(3000);
