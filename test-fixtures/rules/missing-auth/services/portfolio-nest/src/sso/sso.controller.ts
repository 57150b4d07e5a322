import { Body, Controller, Post } from "@nestjs/common";

// The provider posts its answer back here: the path lives in a const the redirect URL is also built from.
export const PROVIDER_CALLBACK_PATH = "/auth/callback";
const EXPORT_PATH = "exports";

@Controller()
export class SsoController {
  // ok: missing-auth -- the const names an OAuth callback, a step before there is a session
  @Post(PROVIDER_CALLBACK_PATH)
  callback(@Body("code") code: string) {
    return { received: code.length > 0 };
  }

  // expect: missing-auth
  @Post(EXPORT_PATH)
  exportAll() {
    return { queued: true };
  }
}
