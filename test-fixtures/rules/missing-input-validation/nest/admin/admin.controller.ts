import { Body, Controller, Post, UseGuards } from "@nestjs/common";
import { AuthGuard } from "@nestjs/passport";
import { InviteUserDto } from "./dto/invite-user.dto";

@Controller("admin")
@UseGuards(AuthGuard("jwt"))
export class AdminController {
  // ok: missing-input-validation -- this module's InviteUserDto is decorated, under the global ValidationPipe
  @Post("invite")
  invite(@Body() dto: InviteUserDto) {
    return { invited: dto.email, role: dto.role };
  }
}
