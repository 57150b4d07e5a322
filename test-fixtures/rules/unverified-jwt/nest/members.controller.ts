import { Controller, Get } from "@nestjs/common";
import { CurrentMember, LooseMember } from "./current-member.decorator";

@Controller("members")
export class MembersController {
  @Get("me")
  me(@CurrentMember() member: unknown) {
    return member;
  }

  @Get("me/loose")
  loose(@LooseMember() member: unknown) {
    return member;
  }
}
