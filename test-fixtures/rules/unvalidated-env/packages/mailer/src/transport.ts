// The mailer package does not depend on zod: its env module is scaffolded in this package, with plain checks.
import { createTransport } from "nodemailer";

export const transport = createTransport({
  // expect: unvalidated-env
  host: process.env.SMTP_HOST!,
  // expect: unvalidated-env
  port: parseInt(process.env.SMTP_PORT!, 10),
});
