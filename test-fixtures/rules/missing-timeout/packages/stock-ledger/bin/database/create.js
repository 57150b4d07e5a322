import admin from "./admin-client.js";

await admin.connect();
await admin.query("CREATE DATABASE stock_ledger");
await admin.end();
