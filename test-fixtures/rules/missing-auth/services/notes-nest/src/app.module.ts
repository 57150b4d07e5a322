import { MiddlewareConsumer, Module, NestModule } from "@nestjs/common";
import { ArchiveController } from "./archive.controller";
import { NotesController } from "./notes.controller";
import { NotebookSessionMiddleware } from "./session.middleware";

// Nest 11 (path-to-regexp 8) names its wildcards: `{*rest}` under notes/ is every notes route, whatever the name.
@Module({ controllers: [NotesController, ArchiveController] })
export class NotebookModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(NotebookSessionMiddleware).forRoutes("notes/{*rest}");
  }
}
