// The mailer package does not depend on zod: its env module is scaffolded in this package, with plain checks.
import { createTransport } from "nodemailer";
import { env } from "./env";

export const transport = createTransport({
  // expect: unvalidated-env
  host: env.SMTP_HOST,
  // expect: unvalidated-env
  port: env.SMTP_PORT,
});
