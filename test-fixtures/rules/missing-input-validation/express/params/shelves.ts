import express from "express";
import { trustingParam, wholeNumberParam } from "./request-params";

declare const shelves: { move(book: string, shelf: number): Promise<void>; rename(book: string, title: string): Promise<void> };

const app = express();
app.use(express.json());

// ok: missing-input-validation -- the reader refuses anything but a whole number; the value only appears in its error text
app.patch("/books/:id/shelf", async (req, res) => {
  await shelves.move(req.params.id, wholeNumberParam(req.body.shelf, "shelf"));
  res.sendStatus(204);
});

app.patch("/books/:id/title", async (req, res) => {
  // expect: missing-input-validation -- the reader hands the value on unchecked
  await shelves.rename(req.params.id, trustingParam(req.body.title, "title"));
  res.sendStatus(204);
});

app.listen(3000);
