import throttle from "@fastify/rate-limit";
import type { NestFastifyApplication } from "@nestjs/platform-fastify";

// The limiter is registered on the Nest application itself, in a set-up function the bootstrap calls.
export async function configureApp(app: NestFastifyApplication) {
  await app.register(throttle, { max: 50, timeWindow: "1 minute" });
}
