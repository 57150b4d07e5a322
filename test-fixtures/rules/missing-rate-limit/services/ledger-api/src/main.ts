import { NestFactory } from "@nestjs/core";
import { LedgerModule } from "./ledger.module";
import { SessionGuard } from "./session.guard";

async function bootstrap() {
  const app = await NestFactory.create(LedgerModule);
  // A guard from the container that limits nothing.
  app.useGlobalGuards(app.get(SessionGuard));
  await app.listen(3003);
}

void bootstrap();
