import { NestFactory } from "@nestjs/core";
import { DigestModule } from "./digest.module";
import { PaceGuard } from "./pace.guard";

async function bootstrap() {
  const app = await NestFactory.create(DigestModule);
  // The guard instance comes from Nest's container: it throttles every route of the app.
  app.useGlobalGuards(app.get(PaceGuard));
  await app.listen(3002);
}

void bootstrap();
