import { Module } from "@nestjs/common";
import { SignInController } from "./sign-in.controller";
import { SessionGuard } from "./session.guard";

@Module({ controllers: [SignInController], providers: [SessionGuard] })
export class LedgerModule {}
