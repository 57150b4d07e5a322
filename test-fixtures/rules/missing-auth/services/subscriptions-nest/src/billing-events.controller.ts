import { Body, Controller, Headers, Post, Req } from "@nestjs/common";
import type { RawBodyRequest } from "@nestjs/common";
import type { Request } from "express";
import type Stripe from "stripe";
import { BillingEventsService } from "./billing-events.service";
import { seats } from "./seats.store";

@Controller("billing-events")
export class BillingEventsController {
  constructor(private readonly billingEvents: BillingEventsService) {}

  // ok: missing-auth -- the injected service's readEvent runs constructEvent over the raw body and the signature header, and throws when it fails
  @Post("card")
  receiveCardEvent(@Req() req: RawBodyRequest<Request>) {
    const event = this.billingEvents.readEvent(req.rawBody!, req.headers["stripe-signature"] as string, process.env.PAYMENTS_SIGNING_SECRET!);
    return this.billingEvents.applyEvent(event);
  }

  // expect: missing-auth
  @Post("invoice")
  receiveInvoiceEvent(@Req() req: RawBodyRequest<Request>) {
    const event = this.billingEvents.parseEvent(req.rawBody!, req.headers["stripe-signature"] as string);
    return this.billingEvents.applyEvent(event);
  }

  // ok: missing-auth -- the signature header arrives as a decorated parameter, and a failed check ends the handler with a 400 before the refund is applied
  @Post("refund")
  async receiveRefundEvent(@Headers("stripe-signature") signature: string, @Req() req: RawBodyRequest<Request>) {
    const event = JSON.parse(req.rawBody!.toString()) as Stripe.Event;
    try {
      await this.billingEvents.readEvent(req.rawBody!, signature, process.env.PAYMENTS_SIGNING_SECRET!);
    } catch {
      return { status: 400 };
    }
    return this.billingEvents.applyEvent(event);
  }

  // expect: missing-auth
  @Post("dispute")
  async receiveDisputeEvent(@Headers("stripe-signature") signature: string, @Req() req: RawBodyRequest<Request>) {
    const event = JSON.parse(req.rawBody!.toString()) as Stripe.Event;
    try {
      await this.billingEvents.readEvent(req.rawBody!, signature, process.env.PAYMENTS_SIGNING_SECRET!);
    } catch (error) {
      // Logged, and the forged event is applied all the same.
      console.warn("signature mismatch", error);
    }
    return this.billingEvents.applyEvent(event);
  }

  // ok: missing-auth -- the seat count changes only for a caller whose key equals the operator secret; any other gets nothing back
  @Post("seats")
  async grantSeats(@Body() body: { operatorKey?: string; count: number }) {
    if (!body.operatorKey || body.operatorKey !== process.env.OPERATOR_API_KEY) {
      return;
    }
    return seats.add(body.count);
  }

  // ok: missing-auth -- the key from a header is compared with the operator secret the same way, reversed
  @Post("seats/reset")
  async resetSeats(@Headers("x-operator-key") operatorKey: string) {
    if (process.env.OPERATOR_API_KEY != operatorKey) throw new Error("refused");
    return seats.reset();
  }

  // expect: missing-auth
  @Post("seats/plan")
  async choosePlan(@Body() body: { plan: string; count: number }) {
    // A setting that is no secret: every caller can send the default plan's name.
    if (body.plan !== process.env.DEFAULT_PLAN_NAME) return;
    return seats.add(body.count);
  }

  // expect: missing-auth
  @Post("seats/trial")
  async startTrial(@Body() body: { operatorKey?: string; count: number }) {
    // Leaves only when the key matches: every other caller goes on.
    if (body.operatorKey === process.env.OPERATOR_API_KEY) return;
    return seats.add(body.count);
  }
}
