import { Injectable, NestMiddleware, UnauthorizedException } from "@nestjs/common";
import type { NextFunction, Request, Response } from "express";

// Refuses any request that does not carry the notebook session cookie.
@Injectable()
export class NotebookSessionMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction) {
    if (typeof req.cookies?.nb_session !== "string") throw new UnauthorizedException();
    next();
  }
}
