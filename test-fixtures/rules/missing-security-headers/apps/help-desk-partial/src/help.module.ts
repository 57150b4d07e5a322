import { MiddlewareConsumer, Module, NestModule } from "@nestjs/common";
import { ArticlesController } from "./articles.controller";
import { HeadersMiddleware } from "./headers.middleware";

// Bound under one prefix only: routes elsewhere answer without the headers.
@Module({ controllers: [ArticlesController] })
export class HelpModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(HeadersMiddleware).forRoutes("articles/{*rest}");
  }
}
