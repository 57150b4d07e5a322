import got from "got";

const postmarkToken = process.env.POSTMARK_TOKEN ?? "";

// ok: missing-timeout -- the instance has a default timeout
const mailer = got.extend({ prefixUrl: "https://api.postmarkapp.com", timeout: { request: 10_000 } });

export async function sendReceipt(to: string, html: string) {
  // expect: missing-timeout
  await got.post("https://api.sendgrid.com/v3/mail/send", {
    headers: { authorization: `Bearer ${process.env.SENDGRID_KEY}` },
    json: { personalizations: [{ to: [{ email: to }] }], content: [{ type: "text/html", value: html }] },
    timeout: { request: 30_000 },
  });
}

export async function bounceList() {
  // expect: missing-timeout
  return got("https://api.sendgrid.com/v3/suppression/bounces", { timeout: { request: 30_000 } }).json<Array<{ email: string }>>();
}

export async function sendWelcome(to: string) {
  // ok: missing-timeout -- mailer carries the timeout
  await mailer.post("email", { headers: { "X-Postmark-Server-Token": postmarkToken }, json: { To: to, TemplateAlias: "welcome" } });
}
