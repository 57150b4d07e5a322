import { MiddlewareConsumer, Module, NestModule } from "@nestjs/common";
import { BillingController } from "./billing/billing.controller";
import { CookieSessionMiddleware, RequestLogMiddleware } from "./common/cookie-session.middleware";
import { DraftsController } from "./drafts/drafts.controller";
import { ExportsController } from "./exports/exports.controller";

// Billing is signed-in only where the billing feature is on: elsewhere nothing guards it.
const signedInControllers = [DraftsController, ...(process.env.BILLING === "on" ? [BillingController] : [])];

@Module({ controllers: [DraftsController, ExportsController, BillingController] })
export class StudioModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(CookieSessionMiddleware).exclude("drafts/share/:id").forRoutes(...signedInControllers);
    consumer.apply(RequestLogMiddleware).forRoutes("*");
  }
}

// Not a Nest consumer: a look-alike chain on some other object binds nothing.
export function configureLookalike(registry: { apply(...items: unknown[]): { forRoutes(...targets: unknown[]): void } }) {
  registry.apply(CookieSessionMiddleware).forRoutes(ExportsController);
}
