// A tally service where no route checks who calls: its three open writes are one gap, the service's, said once in this
// file. Something in front of it (a gateway, a private network) may authenticate; the finding says so.
import express from "express";
import { Pool } from "pg";
import exportsRouter from "./exports";

const db = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

// expect: missing-auth
app.post("/tallies", async (req, res) => {
  const { rows } = await db.query("insert into tallies (label) values ($1) returning id", [String(req.body.label)]);
  res.status(201).json(rows[0]);
});

// ok: missing-auth -- listed in the file's one finding above
app.put("/tallies/:id/count", async (req, res) => {
  await db.query("update tallies set count = $2 where id = $1", [req.params.id, Number(req.body.count)]);
  res.sendStatus(204);
});

// ok: missing-auth -- listed in the file's one finding above
app.delete("/tallies/:id", async (req, res) => {
  await db.query("delete from tallies where id = $1", [req.params.id]);
  res.sendStatus(204);
});

app.use("/exports", exportsRouter);
app.listen(Number(process.env.PORT ?? 3010));
