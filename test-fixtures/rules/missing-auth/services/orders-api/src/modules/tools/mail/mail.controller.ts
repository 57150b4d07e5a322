import { Body, Controller, Post } from "@nestjs/common";

// A `tools` folder inside src/ is a layer of this service, not a service of its own: the APP_GUARD of app.module.ts
// reaches it.
@Controller("tools/mail")
export class MailController {
  // ok: missing-auth -- the global guard of this service
  @Post("send")
  send(@Body() body: { to: string; subject: string }) {
    return { queued: body.to.length + body.subject.length };
  }
}
