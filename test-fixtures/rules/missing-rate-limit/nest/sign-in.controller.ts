import { Body, Controller, Ip, Post } from "@nestjs/common";
import { peekAttempts, spendAttempt } from "./hit-counter";

class PasswordSignInDto {
  email!: string;
  password!: string;
}

@Controller("session")
export class SignInController {
  // ok: missing-rate-limit -- spendAttempt counts the attempt (through a script that calls INCR) and answers 429 past its budget
  @Post("login")
  async withPassword(@Body() dto: PasswordSignInDto, @Ip() ip: string) {
    await spendAttempt(ip, "password-sign-in");
    return { email: dto.email };
  }

  // expect: missing-rate-limit
  @Post("signin")
  async login(@Body() dto: PasswordSignInDto, @Ip() ip: string) {
    await peekAttempts(ip);
    return { email: dto.email };
  }
}
