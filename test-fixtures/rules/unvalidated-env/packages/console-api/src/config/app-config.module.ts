import { Module } from "@nestjs/common";
import { ConfigModule as NestConfig } from "@nestjs/config";
import { consoleEnvSchema } from "./env.schema";

// The schema lives in its own module; Nest validates process.env with it before any provider is built.
@Module({ imports: [NestConfig.forRoot({ isGlobal: true, validationSchema: consoleEnvSchema })] })
export class AppConfigModule {}
