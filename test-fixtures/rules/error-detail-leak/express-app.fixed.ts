import express, { type NextFunction, type Request, type Response } from "express";
import { ZodError } from "zod";
import { db } from "./db";
import { randomBytes } from "crypto";

const app = express();
app.use(express.json());

app.get("/orders/:id", async (req, res) => {
  try {
    const order = await db.query("select * from orders where id = $1", [req.params.id]);
    res.json(order.rows[0]);
  } catch (err) {
    // expect: error-detail-leak
    const errorId = randomBytes(16).toString("hex");
    console.error(errorId, err);
    res.status(500).json({ error: `Internal server error (reference ${errorId})` });
  }
});

app.post("/reports", async (req, res) => {
  try {
    res.json(await db.query("select build_report($1)", [req.body.month]));
  } catch (error) {
    const errorId = randomBytes(16).toString("hex");
    console.error(errorId, error);
    // expect: error-detail-leak
    res.status(500).send(`Report failed: Internal server error (reference ${errorId})`);
  }
});

app.delete("/sessions/:id", async (req, res) => {
  try {
    await db.query("delete from sessions where id = $1", [req.params.id]);
    res.sendStatus(204);
  } catch (err) {
    // ok: error-detail-leak -- only a generic message leaves the server
    console.error("session delete failed", err);
    res.status(500).json({ error: "Internal server error" });
  }
});

app.put("/profile", async (req, res) => {
  try {
    res.json(await db.query("update users set name = $1", [req.body.name]));
  } catch (err) {
    if (err instanceof ZodError) {
      // ok: error-detail-leak -- validation errors are meant for the client
      return res.status(400).json({ error: err.message });
    }
    // ok: error-detail-leak -- the code is not a detail
    res.status(500).json({ code: (err as { code?: string }).code });
  }
});

app.get("/exports/:id", async (req, res) => {
  try {
    res.json(await db.query("select export_rows($1)", [req.params.id]));
  } catch (error) {
    // Both branches of the test carry the error's text: the fix replaces the whole test, not each branch.
    // expect: error-detail-leak
    const errorId = randomBytes(16).toString("hex");
    console.error(errorId, error);
    res.status(500).json({ error: `Export failed: Internal server error (reference ${errorId})` });
  }
});

app.get("/reports/:id", async (req, res) => {
  try {
    res.json(await db.query("select report($1)", [req.params.id]));
  } catch (err) {
    // The page and the API answer share one object: the fix mends its field, keeping the others the page needs.
    const errorId = randomBytes(16).toString("hex");
    console.error(errorId, err);
    const page = { title: "Report unavailable", path: req.path, error: `Internal server error (reference ${errorId})` };
    if (req.accepts("html")) return res.status(500).render("error", page);
    // expect: error-detail-leak
    res.status(500).json(page);
  }
});

// eslint-disable-next-line @typescript-eslint/no-unused-vars
app.use((err: Error, req: Request, res: Response, next: NextFunction) => {
  // expect: error-detail-leak
  const errorId = randomBytes(16).toString("hex");
  console.error(errorId, err);
  res.status(500).json({ message: `Internal server error (reference ${errorId})`, stack: `Internal server error (reference ${errorId})` });
});

export default app;
