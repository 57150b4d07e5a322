import { Body, Controller, Post, Res } from "@nestjs/common";
import type { Response } from "express";
import { drafts } from "./store";

// Account steps a visitor takes before having a session: activation from the emailed link, the forgotten-password
// request, an identity provider's form_post relayed back to the app. Changing a signed-in account's email is not one.
@Controller("auth")
export class AuthController {
  // ok: missing-auth -- activating an account from the emailed link: the caller has no session yet
  @Post("activate")
  activate(@Body() body: { code: string }) {
    return drafts.publish(body.code);
  }

  // ok: missing-auth -- asking for a password-reset email is a recovery step
  @Post("forgot")
  forgot(@Body() body: { email: string }) {
    return drafts.insert(body);
  }

  // ok: missing-auth -- the identity provider posts the sign-in answer here (form_post), before any session exists
  @Post("oauth/:provider/redirect")
  relay(@Body() body: { code: string; state: string }, @Res() response: Response) {
    return drafts.insert(body).then(() => response.redirect(303, "/signed-in"));
  }

  // ok: missing-auth -- a compound step name: checking the emailed verification token before any session exists
  @Post("verify-email-token")
  verifyEmailToken(@Body() body: { token: string }) {
    return drafts.publish(body.token);
  }

  // ok: missing-auth -- asking for another verification email is a step of an account that cannot sign in yet
  @Post("request-verification-email")
  requestVerification(@Body() body: { email: string }) {
    return drafts.insert(body);
  }

  // ok: missing-auth -- a camelCase step name: setting a new password with the emailed reset token
  @Post("resetPassword")
  resetPassword(@Body() body: { token: string; password: string }) {
    return drafts.publish(body.token);
  }

  // expect: missing-auth
  @Post("setPassword")
  setPassword(@Body() body: { password: string }) {
    return drafts.update("me", body);
  }

  // expect: missing-auth
  @Post("change-email")
  changeEmail(@Body() body: { email: string }) {
    return drafts.update("me", body);
  }
}
