import { Client } from "pg";

// ok: unvalidated-env -- NaN is never 1, so a missing or malformed switch refuses to run: it fails closed on purpose
if (Number(process.env.ALLOW_RESET) !== 1) {
  throw new Error("Set ALLOW_RESET=1 to reset the database.");
}

// expect: unvalidated-env
const batchSize = Number(process.env.RESET_BATCH_SIZE);

const client = new Client({
  host: process.env.DB_HOST,
  // ok: unvalidated-env -- DB_PORT is declared in the app's @fastify/env schema, which validates it at start-up
  port: Number(process.env.DB_PORT),
});

export async function reset() {
  await client.connect();
  await client.query("truncate table events");
  return batchSize;
}
