import { createHmac, timingSafeEqual } from "node:crypto";
import express from "express";
import cookieParser from "cookie-parser";
import Stripe from "stripe";
import { mustHaveSession } from "./middleware/session-gate";
import { invoicesRouter } from "./routes/invoices";
import { exportsRouter } from "./routes/exports";
import { refundsRouter } from "./routes/refunds";
import { adminRouter } from "./routes/admin";
import { markInvoicePaid } from "./routes/invoices";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? "");
export const app = express();

app.use(cookieParser());

// ok: missing-auth -- a health check is public by nature, whatever the method
app.all("/healthz", (_req, res) => res.json({ ok: true }));

// ok: missing-auth -- the Stripe signature is verified with constructEvent before anything happens
app.post("/webhooks/stripe", express.raw({ type: "application/json" }), async (req, res) => {
  const signature = req.header("stripe-signature") ?? "";
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, signature, process.env.STRIPE_WEBHOOK_SECRET ?? "");
  } catch {
    return res.status(400).send("bad signature");
  }
  if (event.type === "invoice.paid") await markInvoicePaid(event.data.object.id);
  return res.sendStatus(204);
});

// ok: missing-auth -- the named handler compares the HMAC of the raw body with timingSafeEqual
app.post("/webhooks/github", express.raw({ type: "application/json" }), handleGithubDelivery);

// expect: missing-auth
app.post("/webhooks/mailgun", express.urlencoded({ extended: false }), async (req, res) => {
  await markInvoicePaid(String(req.body.invoiceId));
  res.sendStatus(204);
});

async function handleGithubDelivery(req: express.Request, res: express.Response) {
  const expected = Buffer.from("sha256=" + createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET ?? "").update(req.body).digest("hex"));
  const received = Buffer.from(req.header("x-hub-signature-256") ?? "");
  if (received.length !== expected.length || !timingSafeEqual(received, expected)) return res.sendStatus(401);
  const delivery = JSON.parse(req.body.toString("utf8")) as { action: string; invoice_id?: string };
  if (delivery.action === "paid" && delivery.invoice_id) await markInvoicePaid(delivery.invoice_id);
  return res.sendStatus(204);
}

app.use(express.json());
// ok: missing-auth -- mounted behind the project's own session guard (found by what it does, not its name)
app.use("/invoices", mustHaveSession, invoicesRouter);
app.use("/exports", exportsRouter);
app.use("/refunds", refundsRouter);
app.use("/admin", adminRouter);
