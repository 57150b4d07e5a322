import { NestFactory } from "@nestjs/core";
import { AppModule } from "./app.module";

async function bootstrap() {
  // expect: permissive-cors
  const app = await NestFactory.create(AppModule, { cors: true });
  // expect: permissive-cors
  app.enableCors();
  // ok: permissive-cors -- allow-list from the environment
  app.enableCors({ origin: process.env.ALLOWED_ORIGINS?.split(","), credentials: true });
  await app.listen(3000);
}

bootstrap();
