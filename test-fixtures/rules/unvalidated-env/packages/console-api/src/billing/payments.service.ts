import Stripe from "stripe";

export class PaymentsService {
  // ok: unvalidated-env -- the service's config module validates the environment at boot (NestJS validationSchema)
  private readonly stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
  private readonly account = process.env.STRIPE_ACCOUNT!;
  private readonly currency = process.env.BILLING_CURRENCY as string;

  charge(amount: number) {
    return this.stripe.paymentIntents.create({ amount, currency: this.currency }, { stripeAccount: this.account });
  }
}
