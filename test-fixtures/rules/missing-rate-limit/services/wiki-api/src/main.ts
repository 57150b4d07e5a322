import throttle from "@fastify/rate-limit";
import { NestFactory } from "@nestjs/core";
import { FastifyAdapter, type NestFastifyApplication } from "@nestjs/platform-fastify";
import { WikiModule } from "./wiki.module";

async function bootstrap() {
  const app = await NestFactory.create<NestFastifyApplication>(WikiModule, new FastifyAdapter());
  // Registered with `global: false`, the plugin limits only the routes that opt in.
  await app.register(throttle, { global: false, max: 50 });
  await app.listen(3001);
}

void bootstrap();
