import { Body, Controller, Post } from "@nestjs/common";

@Controller("session")
export class SessionController {
  // ok: missing-rate-limit -- the Nest app registers @fastify/rate-limit globally in its set-up function
  @Post("login")
  login(@Body() credentials: { email: string; password: string }) {
    return { email: credentials.email };
  }
}
