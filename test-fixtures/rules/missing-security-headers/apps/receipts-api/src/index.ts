import { Hono } from "hono";
import { serve } from "@hono/node-server";
import { receiptPage } from "./pages";

// expect: missing-security-headers
const receipts = new Hono();
receipts.get("/receipts/:id.json", (c) => c.json({ id: c.req.param("id") }));
receipts.get("/receipts/:id", (c) => receiptPage(c));
serve({ fetch: receipts.fetch, port: 8081 });
