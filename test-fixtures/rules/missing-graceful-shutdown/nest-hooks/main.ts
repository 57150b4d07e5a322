import { NestFactory } from "@nestjs/core";
import { LedgerModule } from "./ledger.module";

async function bootstrap() {
  const app = await NestFactory.create(LedgerModule);
  app.enableShutdownHooks();
  // ok: missing-graceful-shutdown -- Nest closes the app (and its HTTP server) on SIGTERM once hooks are enabled
  await app.listen(3000);
}

bootstrap();
