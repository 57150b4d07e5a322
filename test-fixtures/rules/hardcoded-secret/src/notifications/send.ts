// SMS and email notifications for order updates.
import sgMail from "@sendgrid/mail";
import twilio from "twilio";

const sms = twilio(
  // ok: hardcoded-secret -- the account SID identifies the account; the auth token is the secret
  "ACcf2531ed3807fbdf3d9350459c4d7e89",
  // expect: hardcoded-secret
  "16bd75f9baa9dbe8086aa9fe1cf5d329",
);

// expect: hardcoded-secret
sgMail.setApiKey("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");

export async function notifyShipped(phone: string, email: string, orderId: string): Promise<void> {
  await sms.messages.create({ to: phone, from: "+15005550006", body: `Order ${orderId} has shipped` });
  await sgMail.send({ to: email, from: "orders@acme.test", subject: "Shipped", text: `Order ${orderId} is on its way.` });
}
