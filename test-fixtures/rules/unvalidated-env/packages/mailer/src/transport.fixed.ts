// The mailer package does not depend on zod: its env module is scaffolded in this package, with plain checks.
import { createTransport } from "nodemailer";
import { env } from "./env";

export const transport = createTransport({
  // ok: unvalidated-env -- handed to the transport as is; the package has no other read to make a convention of
  host: process.env.SMTP_HOST!,
  // expect: unvalidated-env
  port: env.SMTP_PORT!,
});
