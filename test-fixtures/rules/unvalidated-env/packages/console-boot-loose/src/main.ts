import { NestFactory } from "@nestjs/core";
import { plainToInstance } from "class-transformer";
import { ConsoleModule } from "./console.module";
import { ConsoleEnv } from "./app.env";
import { validate } from "./checks";

async function bootstrap() {
  // The project's own `validate` is not class-validator: what it checks is not known, so this is no env module.
  const env = plainToInstance(ConsoleEnv, process.env);
  await validate(env);
  const app = await NestFactory.create(ConsoleModule);
  // expect: unvalidated-env
  await app.listen(parseInt(process.env.CONSOLE_PORT));
}

void bootstrap();
