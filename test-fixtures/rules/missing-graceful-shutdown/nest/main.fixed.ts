import { NestFactory } from "@nestjs/core";
import { AppModule } from "./app.module";

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.setGlobalPrefix("api");
  // expect: missing-graceful-shutdown
  await app.listen(3000);
  app.enableShutdownHooks();
}

bootstrap();
