import { Module } from "@nestjs/common";
import { ThrottlerModule } from "@nestjs/throttler";
import { LoginController } from "./login.controller";
import { PaceGuard } from "./pace.guard";

@Module({ imports: [ThrottlerModule.forRoot([{ ttl: 60_000, limit: 20 }])], controllers: [LoginController], providers: [PaceGuard] })
export class DigestModule {}
