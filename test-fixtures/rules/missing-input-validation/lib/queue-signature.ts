// Checks that a job came from the project's own queue: the queue signs each body, and a wrong signature throws.
import { Receiver } from "@upstash/qstash";

const receiver = new Receiver();

export async function assertQueuedBySelf({ request, text }: { request: Request; text: string }): Promise<void> {
  const signature = request.headers.get("Upstash-Signature");
  if (!signature) throw new Error("missing queue signature");
  const genuine = await receiver.verify({ signature, body: text });
  if (!genuine) throw new Error("queue signature does not match");
}
