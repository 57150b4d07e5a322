import { z } from "zod";

export const settings = z
  .object({
    JWT_SECRET: z.string().min(32),
    STRIPE_PRICE_ID: z.string(),
  })
  .parse(process.env);
