import express from "express";
import multer from "multer";

const app = express();

// expect: loose-mime-check
const pictures = multer({ dest: "/tmp/pictures", fileFilter: (req, file, cb) => cb(null, file.mimetype.startsWith("image/")) });

app.post("/pictures", pictures.single("picture"), (req, res) => {
  res.status(201).json({ stored: req.file?.filename });
});

app.post("/reports", multer().single("report"), (req, res) => {
  // expect: loose-mime-check
  const isPdf = req.file?.mimetype.includes("pdf");
  if (!isPdf) return res.status(415).json({ error: "pdf only" });
  res.status(202).end();
});

app.post("/gallery", multer().array("items"), (req, res) => {
  const items = req.files as Express.Multer.File[];
  // expect: loose-mime-check
  if (items.some((item) => !item.mimetype.startsWith("image/"))) throw new Error("images only");
  res.status(201).end();
});

app.post("/ingest", express.text({ type: "*/*" }), (req, res) => {
  const contentType = req.headers["content-type"] ?? "";
  // ok: loose-mime-check -- the type only chooses how to parse a body that is accepted either way
  if (contentType.includes("json")) {
    res.locals.payload = JSON.parse(req.body);
    // ok: loose-mime-check -- the same dispatch, second arm
  } else if (contentType.includes("x-www-form-urlencoded")) {
    res.locals.payload = Object.fromEntries(new URLSearchParams(req.body));
  }
  res.status(202).end();
});

app.post("/exports/:id", async (req, res) => {
  const upstream = await fetch(`https://renderer.internal/exports/${encodeURIComponent(req.params.id)}`);
  // ok: loose-mime-check -- the content type of a response this server fetched, not of anything a client uploads
  if (!upstream.headers.get("content-type")?.startsWith("application/pdf")) throw new Error("renderer sent no pdf");
  res.type("application/pdf").send(Buffer.from(await upstream.arrayBuffer()));
});

export default app;
