import { NestFactory } from "@nestjs/core";
import { AppModule } from "./app.module";

async function bootstrap() {
  // ok: permissive-cors -- `cors: true` sends `*` without credentials
  const app = await NestFactory.create(AppModule, { cors: true });
  // ok: permissive-cors -- the same default, without credentials
  app.enableCors();
  // ok: permissive-cors -- allow-list from the environment
  app.enableCors({ origin: process.env.ALLOWED_ORIGINS?.split(","), credentials: true });
  await app.listen(3000);
}

bootstrap();
