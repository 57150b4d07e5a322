import { CanActivate, ExecutionContext, Injectable } from "@nestjs/common";
import { JwtService } from "@nestjs/jwt";

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly jwtService: JwtService) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    const token = request.headers.authorization?.split(" ")[1];
    // expect: unverified-jwt
    const payload = this.jwtService.decode(token);
    if (!payload) return false;
    request.user = payload;
    return true;
  }
}

@Injectable()
export class VerifiedGuard implements CanActivate {
  constructor(private readonly jwtService: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    // ok: unverified-jwt -- verifyAsync checks the signature
    request.user = await this.jwtService.verifyAsync(request.headers.authorization?.split(" ")[1]);
    return true;
  }
}
