import { Body, Controller, Post, UseGuards } from "@nestjs/common";
import { AuthGuard } from "@nestjs/passport";
import { CurrentAccount } from "./current-account.decorator";
import { TotpService } from "./totp.service";

class SessionGuard extends AuthGuard("jwt") {}
class PasswordGuard extends AuthGuard("local") {}

@Controller("account/mfa")
export class SecondFactorController {
  constructor(private readonly totp: TotpService) {}

  @Post("totp/new-secret")
  @UseGuards(SessionGuard)
  // ok: missing-rate-limit -- a signed-in user asks for a fresh secret; the request carries no code to guess
  newSecret(@CurrentAccount("id") accountId: string) {
    return this.totp.createSecret(accountId);
  }

  // ok: missing-rate-limit -- the code confirms the secret this same session was handed by new-secret: nothing to gain by guessing
  @Post("totp/confirm")
  @UseGuards(SessionGuard)
  confirm(@CurrentAccount("id") accountId: string, @Body() { code }: { code: string }) {
    return this.totp.confirm(accountId, code);
  }

  // expect: missing-rate-limit
  @Post("totp/disable")
  @UseGuards(SessionGuard)
  disable(@CurrentAccount("id") accountId: string, @Body() { code }: { code: string }) {
    return this.totp.disable(accountId, code);
  }

  // expect: missing-rate-limit
  @Post("login")
  @UseGuards(PasswordGuard)
  signIn(@CurrentAccount() account: { id: string }) {
    return this.totp.issueSession(account.id);
  }
}
