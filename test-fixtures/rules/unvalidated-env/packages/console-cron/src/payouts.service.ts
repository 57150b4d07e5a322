import Stripe from "stripe";

export class PayoutsService {
  // expect: unvalidated-env
  private readonly stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
  private readonly account = process.env.STRIPE_ACCOUNT!;
  private readonly currency = process.env.PAYOUT_CURRENCY as string;

  pay(amount: number) {
    return this.stripe.payouts.create({ amount, currency: this.currency }, { stripeAccount: this.account });
  }
}
