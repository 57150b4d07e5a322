import { Body, Controller, Get, Param, Patch, Post, Put, Query, UseGuards } from "@nestjs/common";
import { ZodValidationPipe } from "nestjs-zod";
import { z } from "zod";
import { AuthGuard } from "@nestjs/passport";
import { CreateUserDto } from "./dto/create-user.dto";
import { UpdateUserDto } from "./dto/update-user.dto";
import { InviteUserDto } from "./dto/invite-user.dto";
import { ChangeTeamDto, RenameUserDto } from "./dto/rename-user.dto";
import { UsersService } from "./users.service";

const transferSchema = z.object({ toTeamId: z.string().uuid() }).strict();

@Controller("users")
@UseGuards(AuthGuard("jwt"))
export class UsersController {
  constructor(private readonly users: UsersService) {}

  // ok: missing-input-validation -- decorated DTO under the global ValidationPipe
  @Post()
  create(@Body() dto: CreateUserDto) {
    return this.users.create(dto);
  }

  // ok: missing-input-validation -- PartialType of a decorated DTO
  @Patch(":id")
  update(@Param("id") id: string, @Body() dto: UpdateUserDto) {
    return this.users.update(id, dto);
  }

  // ok: missing-input-validation -- PartialType of a PickType of a decorated DTO
  @Patch(":id/name")
  rename(@Param("id") id: string, @Body() dto: RenameUserDto) {
    return this.users.update(id, dto);
  }

  @Patch(":id/team")
  // expect: missing-input-validation
  changeTeam(@Param("id") id: string, @Body() dto: ChangeTeamDto) {
    return this.users.invite(id, dto.teamId ?? "");
  }

  @Post("invite")
  // expect: missing-input-validation
  invite(@Body() dto: InviteUserDto) {
    return this.users.invite(dto.email, dto.teamId);
  }

  @Put(":id/settings")
  // expect: missing-input-validation
  replaceSettings(@Param("id") id: string, @Body() settings: any) {
    return this.users.replaceSettings(id, settings);
  }

  // ok: missing-input-validation -- a ZodValidationPipe on the parameter
  @Post(":id/transfer")
  transfer(@Param("id") id: string, @Body(new ZodValidationPipe(transferSchema)) body: z.infer<typeof transferSchema>) {
    return this.users.transfer(id, body.toTeamId);
  }

  // ok: missing-input-validation -- the page number is converted with Number()
  @Get()
  list(@Query("page") page?: string) {
    return this.users.list(Number(page ?? 1));
  }
}
