import { Injectable } from "@nestjs/common";
import { env } from "../validated/env";

@Injectable()
export class MailService {
  // ok: unvalidated-env -- values come from the validated env module
  private readonly apiUrl = env.MAIL_API_URL;
  // expect: unvalidated-env
  private readonly retries = parseInt(process.env.MAIL_RETRIES);

  describe() {
    return { apiUrl: this.apiUrl, retries: this.retries };
  }
}
