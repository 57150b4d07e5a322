import express from "express";
import fs from "node:fs";
import { readFile, unlink } from "node:fs/promises";
import path from "node:path";
import multer from "multer";

const app = express();
const uploadsDir = path.join(__dirname, "uploads");
const upload = multer({ dest: "tmp/", limits: { fileSize: 5 * 1024 * 1024 } });
const REPORTS: Record<string, string> = { monthly: "reports/monthly.pdf", yearly: "reports/yearly.pdf" };
const THEMES = ["light", "dark", "solarized"];

app.get("/files/:name", (req, res) => {
  // expect: path-traversal
  res.sendFile(path.join(uploadsDir, req.params.name));
});

app.get("/download", (req, res) => {
  const file = req.query.file as string;
  // expect: path-traversal
  res.download(`${uploadsDir}/${file}`);
});

app.get("/logs/:day", async (req, res) => {
  const logPath = path.resolve("logs", req.params.day + ".log");
  // expect: path-traversal
  const content = await readFile(logPath, "utf8");
  res.type("text/plain").send(content);
});

app.delete("/files/:name", async (req, res) => {
  // expect: path-traversal
  await unlink(path.join(uploadsDir, req.params.name));
  res.status(204).end();
});

app.post("/avatars", upload.single("avatar"), (req, res) => {
  const target = path.join(uploadsDir, "avatars", req.file!.originalname);
  // expect: path-traversal
  fs.renameSync(req.file!.path, target);
  res.status(201).json({ ok: true });
});

app.get("/export", (req, res) => {
  const { filename } = req.body;
  const cleaned = filename.replace("../", "");
  // expect: path-traversal
  fs.createReadStream(path.join("exports", cleaned)).pipe(res);
});

// ok: path-traversal -- path.basename strips every directory part
app.get("/safe/files/:name", (req, res) => {
  res.sendFile(path.join(uploadsDir, path.basename(req.params.name)));
});

// ok: path-traversal -- express's send refuses `..` when a root is given
app.get("/static/:name", (req, res) => {
  res.sendFile(req.params.name, { root: uploadsDir });
});

// ok: path-traversal -- the resolved path is checked against the root before use
app.get("/docs/*", async (req, res) => {
  const requested = path.resolve(uploadsDir, String(req.params[0]));
  if (!requested.startsWith(uploadsDir + path.sep)) return res.status(400).end();
  res.send(await readFile(requested, "utf8"));
});

// ok: path-traversal -- the request picks a key; the table holds the path
app.get("/reports/:kind", (req, res) => {
  const report = REPORTS[req.params.kind];
  if (!report) return res.status(404).end();
  res.download(report);
});

// ok: path-traversal -- allow-list check on the value itself
app.get("/themes/:theme", async (req, res) => {
  const theme = req.params.theme;
  if (!THEMES.includes(theme)) return res.status(404).end();
  res.type("css").send(await readFile(path.join("themes", `${theme}.css`), "utf8"));
});

// ok: path-traversal -- an anchored pattern admits only plain names
app.get("/invoices/:id", (req, res) => {
  const id = req.params.id;
  if (!/^[a-z0-9-]+$/.test(id)) return res.status(400).end();
  res.sendFile(path.join(__dirname, "invoices", `${id}.pdf`));
});

// ok: path-traversal -- the server names stored uploads (multer's generated filename)
app.get("/uploads/latest", async (_req, res) => {
  const names = await fs.promises.readdir(uploadsDir);
  res.json(names);
});

export default app;
