import express from "express";
import { Pool } from "pg";
import { env } from "./env";

const app = express();

// expect: unvalidated-env
const port = env.PORT!;
// ok: unvalidated-env -- handed on to the client as is; counted once per package, and this one has only two such reads
const pool = new Pool({ connectionString: process.env.DATABASE_URL!, connectionTimeoutMillis: 5_000 });
// ok: unvalidated-env -- an explicit default is handling
const host = process.env.HOST ?? "0.0.0.0";
// ok: unvalidated-env -- the parsed value falls back where it is made
const workers = Number(process.env.WEB_CONCURRENCY) || 1;

app.get("/health", async (_req, res) => {
  await pool.query("select 1");
  res.json({ ok: true, workers });
});

app.listen(port, host);
