import { Module } from "@nestjs/common";
import { ConfigModule } from "@nestjs/config";
import Joi from "joi";

// Every part of this schema is written here, the spread one too: it lists what it checks, and the Stripe key is not in it.
const noticeKeys = { NOTICE_SENDER: Joi.string().email().required() };

@Module({ imports: [ConfigModule.forRoot({ isGlobal: true, validationSchema: Joi.object({ NODE_ENV: Joi.string(), ...noticeKeys }) })] })
export class AppModule {}
