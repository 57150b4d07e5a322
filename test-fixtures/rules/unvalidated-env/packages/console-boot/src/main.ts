import { NestFactory } from "@nestjs/core";
import { plainToInstance } from "class-transformer";
import { validate } from "class-validator";
import { ConsoleModule } from "./console.module";
import { ConsoleEnv } from "./app.env";

async function bootstrap() {
  const env = plainToInstance(ConsoleEnv, process.env);
  const problems = await validate(env);
  if (problems.length > 0) throw new Error(`invalid environment: ${problems.map((problem) => problem.property).join(", ")}`);
  const app = await NestFactory.create(ConsoleModule);
  await app.listen(3000);
}

void bootstrap();
