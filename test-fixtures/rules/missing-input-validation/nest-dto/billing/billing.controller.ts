// A body typed `any` in a package that declares class-validator: the fix writes a DTO with a decorator per field the
// handler reads (a nested object as its own class, validated with @ValidateNested and @Type), in dto/ as the folder's
// other DTOs are, and types the parameter with it. The app's global ValidationPipe runs it, so no pipe is added.
import { Body, Controller, Post } from "@nestjs/common";
import { CancelSubscriptionDto } from "./dto/cancel-subscription.dto";
import { BillingService } from "./billing.service";

@Controller("billing")
export class BillingController {
  constructor(private readonly billing: BillingService) {}

  // ok: missing-input-validation -- a decorated DTO under the global ValidationPipe
  @Post("cancel")
  cancel(@Body() dto: CancelSubscriptionDto) {
    return this.billing.cancel(dto.reason);
  }

  @Post("invoices")
  // expect: missing-input-validation
  createInvoice(@Body() body: any) {
    const total = body.quantity * body.unitPriceCents;
    return this.billing.invoice({ customerEmail: body.customerEmail.toLowerCase(), total, note: body.note ?? "", city: body.address.city.trim() });
  }
}
