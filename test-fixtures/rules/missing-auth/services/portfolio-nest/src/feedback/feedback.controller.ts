import { Body, Controller, Post } from "@nestjs/common";

@Controller("feedback")
export class FeedbackController {
  @Post("anonymous")
  // expect: missing-auth
  submitAnonymously(@Body() body: { text: string }) {
    return { received: body.text.length };
  }
}
