import { Body, Controller, Post } from "@nestjs/common";

@Controller("auth")
export class SessionController {
  // ok: missing-auth -- an anonymous sign-in under /auth trades a device code for a session: a login step, public by design
  @Post("anonymous")
  signInAnonymously(@Body() body: { deviceCode: string }) {
    return { session: body.deviceCode.length };
  }
}
