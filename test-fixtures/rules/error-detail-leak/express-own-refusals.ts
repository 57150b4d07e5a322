// Handlers whose `try` does nothing but read the request, compare text and answer: whatever they catch is a refusal
// they wrote themselves, so sending its message (even with a 200 envelope) tells the caller nothing about the server.
import express, { type NextFunction, type Request, type Response } from "express";
import { readVaultEntry } from "./lib/vault";

const app = express();
const unlockCode = process.env.UNLOCK_CODE ?? "";

app.post("/vault/unlock", (req: Request, res: Response) => {
  try {
    const { code } = req.body as { code?: string };
    if (!code) throw new Error("Enter the unlock code");
    if (code.trim() !== unlockCode) throw new Error("That unlock code is not right");
    res.send({ state: "open" });
  } catch (e) {
    // ok: error-detail-leak -- the try only raises its own two sentences; nothing else in it can fail with foreign text
    res.send({ state: "closed", reason: (e as Error).message });
  }
});

function requireVaultKey(req: Request, res: Response, next: NextFunction) {
  try {
    const presented = req.header("x-vault-key");
    if (!presented || presented.replace("Key ", "").toLowerCase() !== unlockCode.toLowerCase()) throw new Error("This vault needs its key");
    next();
  } catch (e) {
    // ok: error-detail-leak -- a guard that reads a header, compares it and hands on: its refusal is the only error
    res.send({ state: "locked", reason: (e as Error).message });
  }
}

app.post("/vault/peek", requireVaultKey, (req: Request, res: Response) => {
  try {
    const { name } = req.body as { name?: string };
    if (!name) throw new Error("Name the entry to peek at");
    // The store's failure names the file it could not read.
    res.send({ state: "open", entry: readVaultEntry(name) });
  } catch (e) {
    // expect: error-detail-leak
    res.send({ state: "closed", reason: (e as Error).message });
  }
});

app.post("/vault/label", (req: Request, res: Response) => {
  try {
    const { label } = req.body as { label?: string };
    if (!label) throw new Error("A label is required");
    res.send({ state: "open", label: label.split(",").map((part) => part.trim()) });
  } catch (e) {
    // expect: error-detail-leak
    res.send({ state: "closed", reason: (e as Error).stack });
  }
});

app.get("/vault/shelves/:shelf", (req: Request, res: Response) => {
  const { page = "1", tag = "" } = req.query as { page?: string; tag?: string };
  try {
    if (!Number(req.params.shelf) || !Number.isInteger(parseInt(page, 10))) throw new Error("Shelf and page are whole numbers");
    if (tag && tag.indexOf(":") === -1) throw new Error("A tag reads kind:value");
  } catch (e) {
    // ok: error-detail-leak -- the checks only convert and test values with the language's own functions; the catch answers their sentences
    return res.send({ state: "refused", reason: (e as Error).message });
  }
  res.send({ state: "open", shelf: req.params.shelf });
});

app.get("/vault/drawers/:drawer", (req: Request, res: Response) => {
  try {
    if (!Number(req.params.drawer)) throw new Error("A drawer is a number");
    // The read's failure names the file it tried.
    res.send({ state: "open", entry: readVaultEntry(`drawer-${Number(req.params.drawer)}`) });
  } catch (e) {
    // expect: error-detail-leak
    res.send({ state: "closed", reason: (e as Error).message });
  }
});

function configuredPin(): string {
  const pin = process.env.VAULT_PIN;
  if (!pin || pin.trim().length < 6) throw new Error("The vault has no PIN configured: set VAULT_PIN");
  return pin.trim();
}

function pinOnFile(): string {
  // The read's failure names the file it tried.
  return readVaultEntry("pin");
}

app.post("/vault/reset", (req: Request, res: Response) => {
  let pin: string;
  try {
    pin = configuredPin();
  } catch (e) {
    // ok: error-detail-leak -- the only call is a helper of this module that reads a setting and throws its own sentence
    return res.status(500).send({ state: "misconfigured", reason: (e as Error).message });
  }
  res.send({ state: pin === req.body.pin ? "reset" : "refused" });
});

app.post("/vault/rotate", (req: Request, res: Response) => {
  let pin: string;
  try {
    pin = pinOnFile();
  } catch (e) {
    // expect: error-detail-leak
    return res.status(500).send({ state: "misconfigured", reason: (e as Error).message });
  }
  res.send({ state: pin === req.body.pin ? "rotated" : "refused" });
});

export default app;
