// Central configuration for the orders service.
import OpenAI from "openai";
import Stripe from "stripe";

// expect: hardcoded-secret
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY || (() => { throw new Error("STRIPE_SECRET_KEY is not set"); })(), { apiVersion: "2024-06-20" });

export const openai = new OpenAI({
  // expect: hardcoded-secret
  apiKey: "sk-proj-38rRKdWxqqen1JhqhYW0BCxwwndOEi1d6txP2Fhl6r3Ntthu8gqeZ9IH",
  timeout: 20_000,
});

// ok: hardcoded-secret -- a publishable key is designed to ship to browsers
export const stripePublishableKey = "pk_live_tiMjqOrfH8S7pyWjk8jLpET6NZmYU3";

// ok: hardcoded-secret -- fallbacks for non-secret settings are fine
export const port = Number(process.env.PORT || 3000);
export const nodeEnv = process.env.NODE_ENV ?? "development";
export const logLevel = process.env.LOG_LEVEL || "info";
export const jwtExpiresIn = process.env.JWT_EXPIRES_IN ?? "7d";

// ok: hardcoded-secret -- an env read without a fallback
export const stripeWebhookSecret = process.env.STRIPE_WEBHOOK_SECRET;

// ok: hardcoded-secret -- an empty fallback carries no secret
export const sentryAuthToken = process.env.SENTRY_AUTH_TOKEN ?? "";

// ok: hardcoded-secret -- a nil UUID handed to an installed vendor client only keeps it constructible; the vendor rejects it
export const castClient = new OpenAI({ apiKey: process.env.CAST_SECRET_KEY || "00000000-0000-0000-0000-000000000000" });

// ok: hardcoded-secret -- a phrase saying the key is empty only keeps the installed client constructible; the vendor rejects it
export const mediaClient = new OpenAI({ apiKey: process.env.MEDIA_SECRET_KEY || "left empty on purpose" });

// expect: hardcoded-secret
export const batchClient = new OpenAI({ apiKey: process.env.BATCH_SECRET_KEY || "batch jobs share this key" });

// expect: hardcoded-secret
export const sessionSigningSecret = process.env.SESSION_SIGNING_SECRET || "ffffffff-ffff-ffff-ffff-ffffffffffff";

// ok: hardcoded-secret -- a marker the UI and server exchange for "value hidden", named for what it stands in for
export const REDACTED_TOKEN_VALUE = "_APP_BLANK_3f1c9a7e-52d4-4b8e-9a61-7c2e0d5b8f43";

// ok: hardcoded-secret -- a region default under a feature prefix is not a credential
export const secretsRegion = process.env.SECRETKEY_AWS_REGION || "eu-west-1";
