// The same kind of id in a package that serves requests is a server id.
import { Hono } from "hono";
import { invoices } from "./db";

const app = new Hono();
app.post("/invoices", async (c) => {
  // expect: timestamp-id
  const invoice = { id: Date.now(), total: 0 };
  await invoices.insertOne(invoice);
  return c.json(invoice);
});
export default app;
