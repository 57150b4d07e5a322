import express, { type Request, type Response } from "express";
import { unlinkSync } from "node:fs";
import { db } from "./db";

const app = express();

app.post("/seats/claim", async (req: Request, res: Response) => {
  try {
    const team = await db.query("select seats from teams where id = $1", [req.body.team]);
    if (team.rows[0].seats < 1) throw new Error(`No seat left in team ${req.body.team}`);
    await db.query("update teams set seats = seats - 1 where id = $1", [req.body.team]);
    res.json({ ok: true });
  } catch (e) {
    // ok: error-detail-leak -- the try raises its own refusal for the caller, answered as a client error
    res.status(400).json({ message: (e as Error).message });
  }
});

app.post("/seats/release", async (req: Request, res: Response) => {
  try {
    await db.query("update teams set seats = seats + 1 where id = $1", [req.body.team]);
    res.json({ ok: true });
  } catch (e) {
    // expect: error-detail-leak
    res.status(400).json({ message: (e as Error).message });
  }
});

app.post("/seats/transfer", async (req: Request, res: Response) => {
  try {
    if (!req.body.to) throw new Error("A target team is required");
    await db.query("update teams set seats = seats + 1 where id = $1", [req.body.to]);
    res.json({ ok: true });
  } catch (e) {
    // expect: error-detail-leak
    res.status(500).json({ message: (e as Error).message });
  }
});

app.post("/seats/avatar", async (req: Request, res: Response) => {
  try {
    if (!req.body.upload) throw new Error("An image is required");
    // A failed unlink says which path it could not remove.
    unlinkSync(String(req.body.upload));
    res.json({ ok: true });
  } catch (e) {
    // expect: error-detail-leak
    res.status(400).json({ message: (e as Error).message });
  }
});

export default app;
