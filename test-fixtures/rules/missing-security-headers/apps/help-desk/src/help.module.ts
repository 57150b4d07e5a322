import { MiddlewareConsumer, Module, NestModule } from "@nestjs/common";
import { ArticlesController } from "./articles.controller";
import { HeadersMiddleware } from "./headers.middleware";

// Bound on a catch-all whatever its wildcard is named: every route of the service gets the headers.
@Module({ controllers: [ArticlesController] })
export class HelpModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(HeadersMiddleware).forRoutes("{*everything}");
  }
}
