import { Module } from "@nestjs/common";
import { ConfigModule } from "@nestjs/config";

// Loads .env files but validates nothing: no validationSchema, no validate function.
@Module({ imports: [ConfigModule.forRoot({ isGlobal: true })] })
export class AppModule {}
