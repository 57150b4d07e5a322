import express, { type Request, type Response } from "express";
import { db } from "./db";

const app = express();

// `?labels=` may arrive as a string, an array or an object: a JSON round trip normalises it before filtering.
app.get("/cards", (req: Request, res: Response) => {
  let labels = req.query.labels as string[] | undefined;
  try {
    const wanted = JSON.parse(JSON.stringify(labels ?? []));
    labels = wanted.includes("all") ? undefined : wanted;
  } catch (err) {
    // ok: error-detail-leak -- only the JSON built-ins run in the try: a SyntaxError or TypeError, which Express serialises as {}
    return res.status(500).send(err);
  }
  res.json({ labels });
});

app.get("/cards/text", (req: Request, res: Response) => {
  let all = false;
  try {
    const wanted = JSON.parse(JSON.stringify(req.query.labels ?? []));
    all = wanted.includes("all");
  } catch (err) {
    // expect: error-detail-leak
    return res.status(500).send(`bad labels: ${err}`);
  }
  res.json({ all });
});

app.get("/cards/stored", async (req: Request, res: Response) => {
  try {
    const wanted = JSON.parse(String(req.query.labels));
    res.json(await db.query("select * from cards where label = any($1)", [wanted]));
  } catch (err) {
    // expect: error-detail-leak
    return res.status(500).send(err);
  }
});

app.listen(3000);
