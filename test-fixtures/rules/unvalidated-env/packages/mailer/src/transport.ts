// The mailer package does not depend on zod: its env module is scaffolded in this package, with plain checks.
import { createTransport } from "nodemailer";

export const transport = createTransport({
  // ok: unvalidated-env -- handed to the transport as is; the package has no other read to make a convention of
  host: process.env.SMTP_HOST!,
  // expect: unvalidated-env
  port: parseInt(process.env.SMTP_PORT!, 10),
});
