import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from "@nestjs/common";

@Injectable()
export class SessionGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    const token = request.headers.authorization;
    if (!token || token !== process.env.NOTES_TOKEN) throw new UnauthorizedException();
    return true;
  }
}

export const Public = () => (target: object, key?: string | symbol) => void [target, key];
