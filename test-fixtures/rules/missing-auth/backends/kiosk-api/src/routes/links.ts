import express from "express";
import { store } from "../store";

export const links = express.Router();

// ok: missing-auth -- the push URL carries its own secret: whoever holds it may report, as the monitor it was issued to
links.post("/push/:pushToken", async (req, res) => {
  res.json({ id: await store.save("beat", { token: req.params.pushToken, status: String(req.query.status) }) });
});

// ok: missing-auth -- a share link's secret opens it; the handler checks the password against that share
links.post("/shares/:shareToken/unlock", async (req, res) => {
  res.json({ id: await store.save("unlock", { share: req.params.shareToken, password: String(req.body.password) }) });
});

// expect: missing-auth
links.delete("/files/:key", async (req, res) => {
  res.json({ id: await store.save("delete", { file: req.params.key }) });
});

// expect: missing-auth
links.post("/tokens/:tokenId/rotate", async (req, res) => {
  res.json({ id: await store.save("rotate", { token: req.params.tokenId }) });
});

// expect: missing-auth
links.post("/callbacks/:secret", async (_req, res) => {
  // The path names a secret, but nothing here reads it: any value gets in.
  res.json({ id: await store.save("callback", {}) });
});

/** Handlers kept as static methods, registered by reference (`Drops.receive`). */
class Drops {
  static async receive(req: express.Request, res: express.Response) {
    const ticket = await store.load("drop-ticket", req.params.token);
    if (!ticket) return res.status(404).end();
    res.json({ id: await store.save("drop", { ticket, size: req.headers["content-length"] }) });
  }

  static async discard(req: express.Request, res: express.Response) {
    res.json({ id: await store.save("discard", { drop: req.params.dropId }) });
  }
}

// ok: missing-auth -- the static method the route names reads the one-time secret its URL carries, like an inline handler
links.post("/drops/:token", Drops.receive);

// expect: missing-auth
links.delete("/drops/:dropId", Drops.discard);
