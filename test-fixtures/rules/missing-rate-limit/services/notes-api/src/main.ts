import { NestFactory } from "@nestjs/core";
import { FastifyAdapter, type NestFastifyApplication } from "@nestjs/platform-fastify";
import { NotesModule } from "./notes.module";
import { configureApp } from "./configure";

async function bootstrap() {
  const app = await NestFactory.create<NestFastifyApplication>(NotesModule, new FastifyAdapter());
  await configureApp(app);
  await app.listen(3000);
}

void bootstrap();
