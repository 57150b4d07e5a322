import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from "@nestjs/common";

// Checks a session header; it counts nothing.
@Injectable()
export class SessionGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    if (!request.headers["x-session"]) throw new UnauthorizedException();
    return true;
  }
}
