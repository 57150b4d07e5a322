import { Body, Controller, Post } from "@nestjs/common";

@Controller("feedback")
export class FeedbackController {
  // expect: missing-auth
  @Post("anonymous")
  submitAnonymously(@Body() body: { text: string }) {
    return { received: body.text.length };
  }
}
