import { NestFactory } from "@nestjs/core";
import { AdminModule } from "./admin.module";

async function bootstrap() {
  // ok: permissive-cors -- NestFactory without a cors option sends no CORS headers
  const app = await NestFactory.create(AdminModule);
  // expect: permissive-cors
  app.enableCors({ origin: (origin, callback) => callback(null, true), credentials: true });
  await app.listen(3001);
}

bootstrap();
