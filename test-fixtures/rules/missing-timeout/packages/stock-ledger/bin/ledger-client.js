import pg from "pg";

// Also in bin/, but the service imports it: it runs in production.
// expect: missing-timeout
export const ledger = new pg.Client({ connectionString: process.env.LEDGER_DATABASE_URL });
