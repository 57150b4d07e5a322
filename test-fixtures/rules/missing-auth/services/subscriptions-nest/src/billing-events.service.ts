import { Injectable } from "@nestjs/common";
import Stripe from "stripe";

const payments = new Stripe(process.env.PAYMENTS_API_KEY ?? "");

@Injectable()
export class BillingEventsService {
  // Throws when the signature does not match the raw body.
  readEvent(payload: Buffer, signatureHeader: string, signingSecret: string) {
    return payments.webhooks.constructEvent(payload, signatureHeader, signingSecret);
  }

  // Only parses: anyone can post a forged event.
  parseEvent(payload: Buffer, signatureHeader: string) {
    return { ...JSON.parse(payload.toString()), signatureHeader } as Stripe.Event;
  }

  async applyEvent(event: Stripe.Event) {
    return { applied: event.type };
  }
}
