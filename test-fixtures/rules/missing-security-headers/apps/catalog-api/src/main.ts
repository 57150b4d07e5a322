import { NestFactory } from "@nestjs/core";
import { CatalogModule } from "./catalog.module";

async function start() {
  // A controller returns what its service builds, which Nest would send as text/html if it were a string.
  // expect: missing-security-headers
  const app = await NestFactory.create(CatalogModule);
  await app.listen(4200);
}

start();
