import { Module, type MiddlewareConsumer, type NestModule } from "@nestjs/common";
import type { NextFunction, Request, Response } from "express";
import { addBannerLine, noteVisit } from "./startup-banner";

@Module({})
export class ReportsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    addBannerLine("Reports served under /reports");
    consumer
      .apply((req: Request, _res: Response, next: NextFunction) => {
        noteVisit(req.path);
        next();
      })
      .forRoutes("reports");
  }
}
