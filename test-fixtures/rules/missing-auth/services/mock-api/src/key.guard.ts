import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from "@nestjs/common";

// canActivate reads the key; the helper it calls refuses a bad one.
@Injectable()
export class KeyGuard implements CanActivate {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const apiKey = request.get("x-api-key");
    await this.checkKey(apiKey);
    return true;
  }

  private async checkKey(apiKey: string | undefined): Promise<void> {
    if (!apiKey || apiKey.length < 32) throw new UnauthorizedException("invalid key");
  }
}
