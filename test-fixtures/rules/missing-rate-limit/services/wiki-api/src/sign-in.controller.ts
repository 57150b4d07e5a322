import { Body, Controller, Post } from "@nestjs/common";

@Controller("sign-in")
export class SignInController {
  // expect: missing-rate-limit
  @Post("password")
  password(@Body() credentials: { email: string; password: string }) {
    return { email: credentials.email };
  }
}
