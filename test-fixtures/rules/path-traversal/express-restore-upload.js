// Restoring a backup: express-fileupload writes each upload to a temporary file whose name it makes itself.
const fs = require("node:fs");
const express = require("express");
const fileUpload = require("express-fileupload");

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(fileUpload({ useTempFiles: true, tempFileDir: "/var/tmp/restores" }));

app.post("/backups/restore", (req, res) => {
  if (!req.files?.backup) return res.sendStatus(400);
  // ok: path-traversal -- the library's own temporary file, named by the library
  const dump = JSON.parse(fs.readFileSync(req.files.backup.tempFilePath, "utf8"));
  res.json({ tables: Object.keys(dump).length });
});

app.post("/backups/keep", (req, res) => {
  if (!req.files?.backup) return res.sendStatus(400);
  // expect: path-traversal
  fs.writeFileSync(`/var/lib/backups/${req.body.label}.json`, req.files.backup.data);
  res.sendStatus(201);
});

module.exports = app;
