import { createTransport } from "nodemailer";

export class MailerService {
  // ok: unvalidated-env -- the config module's Joi schema spreads in the mail part that requires these, checked at boot
  private readonly transport = createTransport({ host: process.env.SMTP_HOST!, auth: { user: "mailer", pass: process.env.SMTP_PASSWORD! } });

  send(to: string, text: string) {
    return this.transport.sendMail({ to, text });
  }
}
