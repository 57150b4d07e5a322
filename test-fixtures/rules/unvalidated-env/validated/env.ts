// ok: unvalidated-env -- the validating module itself reads process.env
import { z } from "zod";

const EnvSchema = z.object({
  MAIL_API_URL: z.string().url(),
  QUEUE_CONCURRENCY: z.coerce.number().int().positive(),
});

export const env = EnvSchema.parse(process.env);

// ok: unvalidated-env -- reads inside the validating module are its business
export const debugQueue = process.env.DEBUG_QUEUE!;
