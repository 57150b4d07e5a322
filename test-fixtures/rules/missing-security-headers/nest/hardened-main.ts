import { NestFactory } from "@nestjs/core";
import helmet from "helmet";
import { AppModule } from "./app.module";

async function bootstrap() {
  // ok: missing-security-headers -- helmet on the Nest app
  const app = await NestFactory.create(AppModule);
  app.use(helmet());
  await app.listen(3000);
}

bootstrap();
