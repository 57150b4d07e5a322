import { Controller, Headers, Ip, Post } from "@nestjs/common";
import { AuditService } from "./audit.service";

@Controller("audit")
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Post("event")
  // expect: untrusted-forwarded-for
  record(@Headers("x-forwarded-for") forwardedFor: string) {
    return this.audit.record({ ip: forwardedFor });
  }

  // ok: untrusted-forwarded-for -- @Ip() follows the app's trust-proxy setting
  @Post("event/v2")
  recordV2(@Ip() ip: string) {
    return this.audit.record({ ip });
  }
}
