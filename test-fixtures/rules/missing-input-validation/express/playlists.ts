// Optional settings the client sends only when set: the handler tests each one's kind and goes on without it, so the
// schema keeps them optional and requests that leave them out still pass.
import { Router } from "express";
import { playlists } from "../lib/playlists";

export const playlistsRouter = Router();

playlistsRouter.post("/playlists", async (req, res) => {
  // expect: missing-input-validation
  const { title, description, coverUrl, shuffle } = req.body;
  const playlist = await playlists.create({
    title: String(title).slice(0, 80),
    description,
    coverUrl: typeof coverUrl === "string" ? coverUrl : undefined,
    shuffle: typeof shuffle === "boolean" ? shuffle : false,
  });
  res.status(201).json(playlist);
});
