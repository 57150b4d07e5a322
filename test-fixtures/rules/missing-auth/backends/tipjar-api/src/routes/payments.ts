import type { FastifyPluginAsync } from "fastify";
import * as payments from "../controllers/payments";

const paymentRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth -- the Paylane SDK's webhook check runs over the body, headers and secret, and a failure is rethrown
  fastify.route({
    method: "POST",
    url: "/paylane-events",
    handler: payments.paylaneEvents,
  });
  // expect: missing-auth
  fastify.route({
    method: "POST",
    url: "/paylane-events/lenient",
    handler: payments.paylaneEventsLenient,
  });
};

export default paymentRoutes;
