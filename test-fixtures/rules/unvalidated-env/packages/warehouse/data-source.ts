import { DataSource } from "typeorm";

// Loaded only by the ORM's command line when a developer runs a migration; the service never imports it.
export const warehouseSource = new DataSource({
  type: "postgres",
  host: process.env.WAREHOUSE_DB_HOST,
  // ok: unvalidated-env -- a migration script's data source, run by hand, not the service
  port: Number(process.env.WAREHOUSE_DB_PORT),
});
