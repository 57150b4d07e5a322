import express from "express";
import fs from "node:fs";
import path from "node:path";

const app = express();
const viewsDir = path.join(__dirname, "views");

// ok: unbounded-cache -- each entry is the content of a file on disk, keyed by its normalised path: one per file shipped
const compiledViews = new Map<string, (data: object) => string>();

function compileView(source: string): (data: object) => string {
  return (data) => source.replace("{{data}}", JSON.stringify(data));
}

export function renderView(viewName: string, data: object): string {
  const file = path.resolve(viewsDir, `${viewName}.html`);
  const view = compiledViews.get(file) ?? compileView(fs.readFileSync(file, "utf8"));
  compiledViews.set(file, view);
  return view(data);
}

// expect: unbounded-cache
const servedPages = new Map<string, Buffer>();

app.get("/pages/*", (req, res) => {
  // The raw request path is not normalised: `a//b` and `./a/b` are new keys for the same file.
  const body = servedPages.get(req.path) ?? fs.readFileSync(path.join(viewsDir, req.path));
  servedPages.set(req.path, body);
  res.send(body);
});

// expect: unbounded-cache
const pageStamps = new Map<string, number>();

app.get("/stamp/:name", (req, res) => {
  // A normalised path, but the value is not read from that file: a key per name a client sends.
  const file = path.join(viewsDir, req.params.name);
  pageStamps.set(file, Date.now());
  res.json({ file });
});
