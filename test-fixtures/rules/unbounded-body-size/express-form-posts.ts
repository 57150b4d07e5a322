import express from "express";
import multer from "multer";

const app = express();

// ok: unbounded-body-size -- this instance is only ever used as `.none()`: file parts are refused outright
const formFields = multer();
app.post("/hooks/:id", formFields.none(), (req, res) => res.json({ received: Object.keys(req.body).length }));

// expect: unbounded-body-size
const attachments = multer({ dest: "/tmp/attachments" });
app.post("/tickets", attachments.none(), (req, res) => res.json(req.body));
app.post("/tickets/:id/files", attachments.array("files"), (req, res) => res.json({ stored: req.files?.length ?? 0 }));

app.listen(3000);
