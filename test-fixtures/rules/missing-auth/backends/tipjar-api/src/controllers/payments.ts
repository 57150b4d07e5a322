import type { FastifyReply, FastifyRequest } from "fastify";
import { checkPaylaneEvent } from "../billing";
import { attempt } from "../lib/attempt";
import { tips } from "../lib/store";

export async function paylaneEvents(request: FastifyRequest, reply: FastifyReply) {
  request.log.info("paylane event received");
  const checked = await attempt(async () =>
    checkPaylaneEvent(request.body as string, request.headers as Record<string, string>, process.env.PAYLANE_WEBHOOK_SECRET ?? ""),
  );
  if (!checked.ok) {
    request.log.warn({ err: checked.error }, "paylane event rejected");
    throw checked.error;
  }
  await tips.settle(checked.data.tipId);
  return reply.send({ received: true });
}

export async function paylaneEventsLenient(request: FastifyRequest, reply: FastifyReply) {
  const checked = await attempt(async () =>
    checkPaylaneEvent(request.body as string, request.headers as Record<string, string>, process.env.PAYLANE_WEBHOOK_SECRET ?? ""),
  );
  // A rejected event is only logged: the settle below runs for any caller.
  const tipId = checked.ok ? checked.data.tipId : (request.body as { tipId: string }).tipId;
  await tips.settle(tipId);
  return reply.send({ received: true });
}
