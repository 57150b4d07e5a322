import express, { type Request, type Response } from "express";
import { unlinkSync } from "node:fs";
import { db } from "./db";
import { assertSeatChange, seatsFromStore } from "./lib/seat-rules";

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

app.post("/seats/rename", async (req: Request, res: Response) => {
  try {
    if (String(req.body.label).length < 2) throw Error("A label needs two characters or more");
    await db.query("update teams set label = $1 where id = $2", [req.body.label, req.body.team]);
    res.json({ ok: true });
  } catch (e) {
    // ok: error-detail-leak -- `Error(...)` without `new` is still the handler's own refusal, answered as a client error
    res.status(400).json({ message: (e as Error).message });
  }
});

app.post("/seats/note", async (req: Request, res: Response) => {
  try {
    await db.query("insert into notes (team, body) values ($1, $2)", [req.body.team, req.body.note]);
    res.json({ ok: true });
  } catch (e) {
    if (e instanceof Error && e.message.startsWith("Note is too long")) {
      // ok: error-detail-leak -- only errors whose message starts with this written text get the 400
      return res.status(400).json({ message: e.message });
    }
    if (e instanceof Error && e.message.length > 0) {
      // expect: error-detail-leak
      return res.status(400).json({ message: e.message });
    }
    res.status(500).json({ message: "Could not save the note" });
  }
});

app.post("/seats/pin", async (req: Request, res: Response) => {
  try {
    await db.query("update notes set pinned = true where id = $1", [req.body.note]);
    res.json({ ok: true });
  } catch (e) {
    if (e instanceof Error && e.message.includes("pinned")) {
      // expect: error-detail-leak
      return res.status(500).json({ message: e.message });
    }
    res.status(500).json({ message: "Could not pin the note" });
  }
});

function checkedColour(text: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(text)) throw new Error("A colour is written as #rrggbb");
  if (text.toLowerCase() === "#ffffff") throw new Error("White is reserved for the background");
  return text.toLowerCase();
}

function storedColour(text: string): string {
  try {
    return checkedColour(text);
  } catch (cause) {
    // Passes on whatever failed, not a sentence of its own.
    throw cause;
  }
}

app.post("/seats/colour", (req: Request, res: Response) => {
  let colour: string;
  try {
    colour = checkedColour(String(req.body.colour));
  } catch (e) {
    // ok: error-detail-leak -- the only call is this file's synchronous check, whose every throw is its own sentence
    return res.status(400).json({ message: (e as Error).message });
  }
  res.json({ colour });
});

app.post("/seats/badge", (req: Request, res: Response) => {
  let colour: string;
  try {
    colour = storedColour(String(req.body.colour));
  } catch (e) {
    // expect: error-detail-leak
    return res.status(400).json({ message: (e as Error).message });
  }
  res.json({ colour });
});

app.post("/seats/shade", (req: Request, res: Response) => {
  let colour: string;
  try {
    colour = checkedColour(String(req.body.colour));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    // ok: error-detail-leak -- a local holding only the text of the check's own sentence
    return res.status(400).json({ error: "Bad colour", reason });
  }
  res.json({ colour });
});

app.post("/seats/tint", (req: Request, res: Response) => {
  let colour: string;
  try {
    colour = checkedColour(String(req.body.colour));
  } catch (e) {
    const reason = e instanceof Error ? e.stack : String(e);
    // expect: error-detail-leak
    return res.status(400).json({ error: "Bad colour", reason });
  }
  res.json({ colour });
});

app.post("/seats/resize", (req: Request, res: Response) => {
  const team = { tier: String(req.body.tier) };
  try {
    assertSeatChange(team, 1, Number(req.body.seats));
  } catch (e: any) {
    // ok: error-detail-leak -- an imported synchronous check whose every throw (through its file's helper) is its own sentence, answered with the error's status or a 4xx
    return res.status(e.status || 400).json({ message: e.message });
  }
  res.json({ ok: true });
});

app.post("/seats/expand", async (req: Request, res: Response) => {
  const team = { tier: String(req.body.tier) };
  try {
    assertSeatChange(team, 1, Number(req.body.seats));
    // The write's failure names the table and constraint, and lands in the same 400.
    await db.query("update teams set seats = $1 where id = $2", [req.body.seats, req.body.team]);
  } catch (e: any) {
    // expect: error-detail-leak
    return res.status(400).json({ message: e.message });
  }
  res.json({ ok: true });
});

app.post("/seats/restore", (req: Request, res: Response) => {
  let seats: number;
  try {
    seats = seatsFromStore(String(req.body.saved));
  } catch (e: any) {
    // expect: error-detail-leak
    return res.status(e.status || 400).json({ message: e.message });
  }
  res.json({ seats });
});

app.post("/seats/grow", (req: Request, res: Response) => {
  const team = { tier: String(req.body.tier) };
  try {
    assertSeatChange(team, 1, Number(req.body.seats));
  } catch (e: any) {
    // expect: error-detail-leak
    return res.status(e.status || 500).json({ message: e.message });
  }
  res.json({ ok: true });
});

export default app;
