import { NestFactory } from "@nestjs/core";
import { HelpModule } from "./help.module";

async function start() {
  // ok: missing-security-headers -- HelpModule binds a middleware that runs helmet to every route
  const app = await NestFactory.create(HelpModule);
  await app.listen(4300);
}

start();
