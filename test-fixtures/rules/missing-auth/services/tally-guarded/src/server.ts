// The same writes beside a route that does check its caller: the package tells callers apart, so each open route may
// be one that was forgotten, and each is reported.
import express, { type NextFunction, type Request, type Response } from "express";
import { Pool } from "pg";

const db = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

function requireOperator(req: Request, res: Response, next: NextFunction) {
  if (req.headers.authorization !== `Bearer ${process.env.OPERATOR_TOKEN}`) return res.status(401).end();
  next();
}

// ok: missing-auth -- requireOperator refuses a request without the operator's token
app.post("/tallies/reset", requireOperator, async (_req, res) => {
  await db.query("update tallies set count = 0");
  res.sendStatus(204);
});

// expect: missing-auth
app.post("/tallies", async (req, res) => {
  const { rows } = await db.query("insert into tallies (label) values ($1) returning id", [String(req.body.label)]);
  res.status(201).json(rows[0]);
});

// expect: missing-auth
app.put("/tallies/:id/count", async (req, res) => {
  await db.query("update tallies set count = $2 where id = $1", [req.params.id, Number(req.body.count)]);
  res.sendStatus(204);
});

// expect: missing-auth
app.delete("/tallies/:id", async (req, res) => {
  await db.query("delete from tallies where id = $1", [req.params.id]);
  res.sendStatus(204);
});

app.listen(Number(process.env.PORT ?? 3011));
