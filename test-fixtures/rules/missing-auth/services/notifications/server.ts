import express from "express";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

// ok: missing-auth -- listing the public channels is a read
app.get("/channels", async (_req, res) => {
  const { rows } = await pool.query("select id, name from channels where public");
  res.json(rows);
});

// expect: missing-auth
app.post("/subscriptions", async (req, res) => {
  const { rows } = await pool.query("insert into subscriptions (channel_id, email) values ($1, $2) returning id", [req.body.channelId, req.body.email]);
  res.status(201).json(rows[0]);
});

// ok: missing-auth -- listed in the file's one finding above (no route of this service authenticates)
app.delete("/subscriptions/:id", async (req, res) => {
  await pool.query("delete from subscriptions where id = $1", [req.params.id]);
  res.sendStatus(204);
});

// ok: missing-auth -- listed in the file's one finding above, as a read under a sensitive prefix
app.get("/internal/queue-depth", async (_req, res) => {
  const { rows } = await pool.query("select count(*) from outbox where sent_at is null");
  res.json(rows[0]);
});

app.listen(Number(process.env.PORT ?? 3004));
