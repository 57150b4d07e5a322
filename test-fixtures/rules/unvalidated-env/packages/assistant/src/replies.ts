import { createAnthropic } from "@ai-sdk/anthropic";
import { Resend } from "resend";

// ok: unvalidated-env -- Resend's constructor throws "Missing API key" when the module loads
const mailer = new Resend(process.env.REPLY_MAIL_KEY!);

// ok: unvalidated-env -- the provider's key loader throws an error naming the variable on first use
const modelKey = process.env.REPLY_MODEL_KEY!;
const anthropic = createAnthropic({ apiKey: modelKey });

export async function draftReply(to: string, text: string) {
  await mailer.emails.send({ from: "assistant@example.com", to, subject: "Re:", text });
  return anthropic("claude-3-5-haiku-latest");
}
