import { ForbiddenException, Injectable, NestMiddleware } from "@nestjs/common";
import type { NextFunction, Request, Response } from "express";

// A module middleware that reads the session cookie and refuses a request without one.
@Injectable()
export class CookieSessionMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction) {
    const sessionId: string | undefined = req.cookies?.studio_sid;
    if (!sessionId || sessionId.length < 32) throw new ForbiddenException();
    next();
  }
}

// Logs every request and lets each one through: not authentication.
@Injectable()
export class RequestLogMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction) {
    console.log(req.method, req.url);
    next();
  }
}
