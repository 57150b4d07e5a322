// The admin module's own invite DTO shares its class name with users' undecorated one: a validated class elsewhere
// must not vouch for users.controller.ts, which imports the other one.
import { IsEmail, IsIn } from "class-validator";

export class InviteUserDto {
  @IsEmail()
  email!: string;

  @IsIn(["admin", "member"])
  role!: string;
}
