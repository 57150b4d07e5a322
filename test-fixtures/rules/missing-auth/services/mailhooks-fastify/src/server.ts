import Fastify from "fastify";
import { checkRelaySignature, recordDelivery } from "./relay";
import { logger, traced } from "./telemetry";

const app = Fastify();

// ok: missing-auth -- the whole body runs in a tracing span whose first work is the signature check, refused with 401
app.post("/hooks/relay-events", async (request, reply) => {
  return traced({ name: "relay-events" }, async () => {
    logger().debug({ size: JSON.stringify(request.body).length }, "relay event");
    const verdict = await checkRelaySignature(request.body);
    if (verdict.isErr()) {
      logger().error("bad relay signature");
      return reply.status(401).send({ message: "Invalid signature" });
    }
    await recordDelivery(request.body);
    return reply.status(200).send();
  });
});

// expect: missing-auth
app.post("/relay-events-unchecked", async (request, reply) => {
  return traced({ name: "relay-events-unchecked" }, async () => {
    logger().debug("relay event");
    await recordDelivery(request.body);
    return reply.status(200).send();
  });
});

// ok: missing-auth -- a placeholder that logs through the logger getter and always answers 400, touching nothing
app.post("/contacts/merge", async (request, reply) => {
  logger().warn("merge is not implemented yet");
  return reply.status(400).send({ message: "Not yet implemented." });
});

// expect: missing-auth
app.post("/contacts/split", async (request, reply) => {
  logger().warn("splitting contacts");
  await recordDelivery(request.body);
  return reply.status(204).send();
});

app.listen({ port: 3000 });
