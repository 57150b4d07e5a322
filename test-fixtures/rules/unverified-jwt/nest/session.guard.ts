import { CanActivate, ExecutionContext, Injectable } from "@nestjs/common";
import { JwtService } from "@nestjs/jwt";
import { MembersService } from "./members.service";

@Injectable()
export class MemberGuard implements CanActivate {
  constructor(
    private readonly tokens: JwtService,
    private readonly members: MembersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    // expect: unverified-jwt
    const memberId = this.tokens.decode(request.cookies.member).sub;
    request.member = await this.members.findById(memberId);
    return Boolean(request.member);
  }
}
