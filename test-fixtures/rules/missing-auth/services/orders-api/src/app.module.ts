import { Module } from "@nestjs/common";
import { APP_GUARD } from "@nestjs/core";
import { JwtAuthGuard } from "./jwt-auth.guard";
import { OrdersController } from "./orders/orders.controller";
import { HealthController } from "./health.controller";
import { MailController } from "./modules/tools/mail/mail.controller";

@Module({
  controllers: [OrdersController, HealthController, MailController],
  providers: [{ provide: APP_GUARD, useClass: JwtAuthGuard }],
})
export class AppModule {}
