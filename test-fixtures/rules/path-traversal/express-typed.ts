// Controllers typed with Express's Request, registered by a router this file never sees.
import * as fs from "node:fs";
import path from "node:path";
import type { Request, Response } from "express";

const avatarsDir = path.resolve("avatars");

export function avatarController() {
  return ({ params }: Request, res: Response) => {
    // expect: path-traversal
    fs.createReadStream(path.join(avatarsDir, params.user)).pipe(res);
  };
}

export function legacyAvatar(req: Request, res: Response) {
  // ok: path-traversal -- sendFile refuses a path with a `..` segment when it was concatenated, not normalised
  res.sendFile(avatarsDir + "/" + req.params.user + ".png");
}

export function avatarByPath(req: Request, res: Response) {
  // expect: path-traversal
  res.sendFile(path.join(avatarsDir, String(req.query.file)));
}

export function avatarUnderRequestedRoot(req: Request, res: Response) {
  // expect: path-traversal
  res.sendFile("avatar.png", { root: String(req.query.dir) });
}

export function themeAsset(req: Request, res: Response) {
  const theme = String(req.query.theme);
  const asset = String(req.query.asset);
  if (theme !== "light" && theme !== "dark") return res.status(400).end();
  const themeDir = path.join(avatarsDir, "themes", theme);
  // expect: path-traversal
  fs.createReadStream(path.join(themeDir, asset)).pipe(res);
}

export function themeIndex(req: Request, res: Response) {
  const theme = String(req.query.theme);
  if (theme !== "light" && theme !== "dark") return res.status(400).end();
  const themeDir = path.join(avatarsDir, "themes", theme);
  // ok: path-traversal -- the only request value in the path is one of two known names
  fs.createReadStream(path.join(themeDir, "index.css")).pipe(res);
}
