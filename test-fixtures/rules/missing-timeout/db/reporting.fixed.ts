import pg from "pg";
import { Client as ElasticClient } from "@elastic/elasticsearch";
import { Client as UndiciClient } from "undici";

// expect: missing-timeout
const warehouse = new pg.Client({ connectionString: process.env.WAREHOUSE_DATABASE_URL, connectionTimeoutMillis: 10_000 });

// ok: missing-timeout -- connectionTimeoutMillis is set
export const replica = new pg.Pool({ connectionString: process.env.REPLICA_DATABASE_URL, connectionTimeoutMillis: 5_000 });

// ok: missing-timeout -- an Elasticsearch Client, not node-postgres
export const search = new ElasticClient({ node: process.env.ELASTIC_URL });

// ok: missing-timeout -- undici's Client is not node-postgres either
export const metrics = new UndiciClient("https://metrics.internal");

export async function revenueByMonth() {
  await warehouse.connect();
  try {
    const { rows } = await warehouse.query("select month, sum(amount) from invoices group by month");
    return rows;
  } finally {
    await warehouse.end();
  }
}
