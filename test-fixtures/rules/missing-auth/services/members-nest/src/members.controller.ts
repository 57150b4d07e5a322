import { Body, Controller, Delete, Param, Post } from "@nestjs/common";

declare const members: {
  create(input: { email: string; password: string }): Promise<{ id: string }>;
  remove(id: string): Promise<void>;
};

@Controller()
export class MembersController {
  // ok: missing-auth -- the sign-up: the posted `user` field is the new account's data, not the caller's identity
  @Post("users")
  register(@Body("user") input: { email: string; password: string }) {
    return members.create(input);
  }

  // expect: missing-auth
  @Delete("users/:id")
  remove(@Param("id") id: string) {
    return members.remove(id);
  }
}
