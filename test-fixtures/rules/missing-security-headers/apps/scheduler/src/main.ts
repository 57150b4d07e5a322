import { NestFactory } from "@nestjs/core";
import { SchedulerModule } from "./scheduler.module";

// A job runner whose only HTTP surface is a status probe for the orchestrator: its controllers answer JSON objects and
// short literals, never a page.
async function start() {
  // ok: missing-security-headers -- the package's Nest controllers return plain bodies only; no document to protect
  const app = await NestFactory.create(SchedulerModule);
  await app.listen(4100);
}

start();
