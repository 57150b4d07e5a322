// Database pools: the primary for writes and a read replica for reporting.
import { Pool } from "pg";

// expect: hardcoded-secret
const connectionString = "postgres://orders_svc:GdxHuS4CjRqT71MttLnu7T@orders-db.prod.internal:5432/orders";

export const db = new Pool({ connectionString, max: 20 });

export const replica = new Pool({
  host: "orders-replica.prod.internal",
  user: "reporting",
  // expect: hardcoded-secret
  password: "19Vhy6dGVP4ljC7rhdph",
  database: "orders",
});

// ok: hardcoded-secret -- the docker-compose default for local development
export const localDatabaseUrl = "postgres://postgres:postgres@localhost:5432/orders_dev";

// ok: hardcoded-secret -- the password comes from the environment
export const analyticsUrl = `postgres://analytics:${process.env.ANALYTICS_DB_PASSWORD}@analytics.prod.internal/events`;

// ok: hardcoded-secret -- a URL without credentials
export const redisUrl = process.env.REDIS_URL || "redis://localhost:6379";
