import { Controller } from "@nestjs/common";
import { JwtService } from "@nestjs/jwt";
import { GrpcMethod, RpcException } from "@nestjs/microservices";

interface Members {
  byEmail(email: string): Promise<{ id: string } | null>;
}

@Controller()
export class InviteLinksController {
  constructor(private readonly jwtService: JwtService, private readonly members: Members) {}

  @GrpcMethod("InviteService")
  async readInvite(request: { token: string }): Promise<{ email: string; team: string }> {
    try {
      const claims = this.jwtService.decode(request.token) as { email: string; team: string };
      return { email: claims.email, team: claims.team };
    } catch (e) {
      // ok: error-detail-leak -- decode returns null on a bad token; only a TypeError about the caller's token lands here
      throw new RpcException(e as Error);
    }
  }

  @GrpcMethod("InviteService")
  async acceptInvite(request: { token: string }): Promise<{ id: string }> {
    try {
      const claims = this.jwtService.decode(request.token) as { email: string };
      const member = await this.members.byEmail(claims.email);
      return { id: member?.id ?? "" };
    } catch (e) {
      // expect: error-detail-leak
      throw new RpcException(e as Error);
    }
  }
}
