// A notebook editor that writes where the client says, once a helper has confined the path to the writable roots.
import { promises as fs } from "node:fs";
import path from "node:path";
import { Router, type Request, type Response } from "express";

const writableRoots = ["/srv/notebooks/", "/srv/drafts/"];

function insideWritableRoots(candidate: string): boolean {
  const absolute = path.resolve(candidate);
  return writableRoots.some((root) => absolute.startsWith(root));
}

// Compares the path as written: `/srv/notebooks/../../etc` passes.
function looksWritable(candidate: string): boolean {
  return writableRoots.some((root) => candidate.startsWith(root));
}

export const notebooks = Router();

notebooks.post("/save", async (req: Request, res: Response) => {
  const target = `${String(req.body.folder)}/${String(req.body.name)}`;
  if (!insideWritableRoots(target)) return res.status(403).end();
  // ok: path-traversal -- the helper resolved the path and found it under a writable root
  await fs.writeFile(target, String(req.body.text));
  res.sendStatus(204);
});

notebooks.post("/draft", async (req: Request, res: Response) => {
  const target = `${String(req.body.folder)}/${String(req.body.name)}`;
  if (!looksWritable(target)) return res.status(403).end();
  // expect: path-traversal
  await fs.writeFile(target, String(req.body.text));
  res.sendStatus(204);
});
