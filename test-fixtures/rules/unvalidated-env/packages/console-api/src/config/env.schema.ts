// The variables the console API needs; the config module checks them while the app boots.
import * as Joi from "joi";

export const consoleEnvSchema = Joi.object({
  STRIPE_SECRET_KEY: Joi.string().required(),
  STRIPE_ACCOUNT: Joi.string().required(),
  BILLING_CURRENCY: Joi.string().required(),
});
