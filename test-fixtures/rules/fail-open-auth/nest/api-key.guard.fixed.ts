import { CanActivate, ExecutionContext, Injectable } from "@nestjs/common";
import { JwtService } from "@nestjs/jwt";

@Injectable()
export class ApiKeyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const expected = process.env.PARTNER_API_KEY;
    // expect: fail-open-auth
    if (!expected) throw new Error("PARTNER_API_KEY is not configured: refusing to authenticate");
    return context.switchToHttp().getRequest().headers["x-api-key"] === expected;
  }
}

@Injectable()
export class JwtGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    try {
      request.user = await this.jwt.verifyAsync(request.headers.authorization?.slice(7));
      return true;
      // expect: fail-open-auth
    } catch {
      return true;
    }
  }
}

@Injectable()
export class StrictJwtGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    try {
      request.user = await this.jwt.verifyAsync(request.headers.authorization?.slice(7));
      return true;
      // ok: fail-open-auth -- denies when verification throws
    } catch {
      return false;
    }
  }
}
