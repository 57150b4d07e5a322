import { Body, Controller, Post } from "@nestjs/common";

@Controller("login")
export class LoginController {
  // ok: missing-rate-limit -- PaceGuard, taken from Nest's container in main.ts, throttles every route
  @Post()
  login(@Body() credentials: { email: string; password: string }) {
    return { email: credentials.email };
  }
}
