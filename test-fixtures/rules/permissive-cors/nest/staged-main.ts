import { NestFactory } from "@nestjs/core";
import { ReportsModule } from "./reports.module";

const runsInProduction = process.env.NODE_ENV === "production";

async function bootstrap() {
  const app = await NestFactory.create(ReportsModule);
  if (runsInProduction) {
    // ok: permissive-cors -- the deployed policy is an allow-list
    app.enableCors({ origin: process.env.ALLOWED_ORIGINS?.split(","), credentials: true });
  } else {
    // ok: permissive-cors -- the open policy lives in the branch production never takes
    app.enableCors({ origin: true, credentials: true });
  }
  await app.listen(3002);
}

async function bootstrapPreview() {
  const app = await NestFactory.create(ReportsModule);
  if (process.env.PREVIEW === "1") {
    // expect: permissive-cors
    app.enableCors({ origin: true, credentials: true });
  }
  await app.listen(3003);
}

bootstrap();
bootstrapPreview();
