import { Injectable, Logger } from "@nestjs/common";
import bunyan from "bunyan";

const audit = bunyan.createLogger({ name: "audit" });

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  async resetPassword(email: string) {
    const resetToken = crypto.randomUUID();
    // expect: sensitive-data-logged
    this.logger.log(`reset token for ${email}: ${resetToken}`);
    // ok: sensitive-data-logged -- no token in the line
    this.logger.log(`reset requested for ${email}`);
    // expect: sensitive-data-logged
    audit.info({ email, newPassword: "temporary" }, "password set");
    return { sent: true };
  }

  // ok: sensitive-data-logged -- not a logger: a metrics client's info() call
  describe(metrics: { info(value: unknown): void }, token: string) {
    metrics.info(token);
  }
}
