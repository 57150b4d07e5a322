import { Body, Controller, Post } from "@nestjs/common";
import { RecoveryService } from "./recovery.service";

class NewPasswordDto {
  code!: string;
  password!: string;
}

@Controller("recovery")
export class RecoveryController {
  constructor(private readonly recovery: RecoveryService) {}

  // The body is destructured where it is declared: its code still reaches the service that checks it.
  // expect: missing-rate-limit
  @Post("reset-password")
  async setNewPassword(@Body() { code, password }: NewPasswordDto) {
    await this.recovery.redeem(code, password);
    return { saved: true };
  }
}
