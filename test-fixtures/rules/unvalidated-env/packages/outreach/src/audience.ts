// The outreach package hands most reads to clients that check them, but the list id goes to a remote call that only
// fails when a contact is added: the package still gets its one note, anchored at its first read.
import { Resend } from "resend";

// expect: unvalidated-env
const mailer = new Resend(process.env.OUTREACH_MAIL_KEY!);

export async function subscribe(email: string) {
  await mailer.contacts.create({ email, audienceId: process.env.OUTREACH_LIST_ID! });
}
