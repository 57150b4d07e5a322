// The environment the hardened app needs, validated once at start-up.
import { z } from "zod";

export const env = z
  .object({
    REPORT_TIMEOUT_MS: z.coerce.number().int().positive(),
  })
  .parse(process.env);
