import Stripe from "stripe";

export class BillingNoticesService {
  // expect: unvalidated-env
  private readonly stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
  // ok: unvalidated-env -- listed by the schema's spread part, written in the config module
  private readonly sender = process.env.NOTICE_SENDER!;

  upcoming(customer: string) {
    return this.stripe.invoices.retrieveUpcoming({ customer }).then((invoice) => ({ from: this.sender, amount: invoice.amount_due }));
  }
}
