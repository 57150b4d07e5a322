import { Body, Controller, Post } from "@nestjs/common";

@Controller("signin")
export class SignInController {
  // expect: missing-rate-limit
  @Post()
  signIn(@Body() credentials: { email: string; password: string }) {
    return { email: credentials.email };
  }
}
