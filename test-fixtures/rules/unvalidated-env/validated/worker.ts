import { env } from "./env";

// ok: unvalidated-env -- read through the validated module
export const concurrency = env.QUEUE_CONCURRENCY;
// expect: unvalidated-env
export const queueName = process.env.QUEUE_NAME!;
