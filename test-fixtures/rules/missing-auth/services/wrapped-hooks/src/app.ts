import express from "express";
import { receivePaymentEvent, receiveShippingEvent } from "./controllers/payment-events.js";

const app = express();
app.use(express.raw({ type: "application/json", limit: "1mb" }));
// ok: missing-auth -- the wrapped handler verifies the Stripe signature and refuses when it does not match
app.post("/hooks/payments/webhook", receivePaymentEvent);
// expect: missing-auth
app.post("/hooks/shipping/webhook", receiveShippingEvent);
app.listen(4200);
