import { NestFactory } from "@nestjs/core";
import { AppModule } from "./app.module";
import helmet from "helmet";

async function bootstrap() {
  // expect: missing-security-headers
  const app = await NestFactory.create(AppModule);
  app.use(helmet({ contentSecurityPolicy: { reportOnly: true } }));
  app.setGlobalPrefix("api");
  await app.listen(3000);
}

bootstrap();
