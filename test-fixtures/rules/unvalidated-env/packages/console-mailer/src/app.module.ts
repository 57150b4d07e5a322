import { Module } from "@nestjs/common";
import { ConfigModule } from "@nestjs/config";
import Joi from "joi";
import { mailEnvKeys } from "./config/mail.schema";

// The app's schema is assembled from feature parts written in other modules: this file cannot list every key it checks.
@Module({ imports: [ConfigModule.forRoot({ isGlobal: true, validationSchema: Joi.object({ NODE_ENV: Joi.string().valid("development", "production"), ...mailEnvKeys }) })] })
export class AppModule {}
