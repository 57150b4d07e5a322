import { NestFactory } from "@nestjs/core";
import type { NestExpressApplication } from "@nestjs/platform-express";
import { AppModule } from "./app.module";

async function bootstrap() {
  const app = await NestFactory.create<NestExpressApplication>(AppModule);
  // expect: unbounded-body-size
  app.useBodyParser("json", { limit: "25mb" });
  // ok: unbounded-body-size -- forms within the maximum
  app.useBodyParser("urlencoded", { limit: "100kb", extended: true });
  await app.listen(3000);
}

void bootstrap();
