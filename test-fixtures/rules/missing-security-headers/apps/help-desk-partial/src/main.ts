import { NestFactory } from "@nestjs/core";
import { HelpModule } from "./help.module";

async function start() {
  // expect: missing-security-headers
  const app = await NestFactory.create(HelpModule);
  await app.listen(4301);
}

start();
