import { Body, Controller, Post } from "@nestjs/common";
import { drafts } from "../store";

@Controller("billing")
export class BillingController {
  // expect: missing-auth
  @Post("plan")
  changePlan(@Body() body: { plan: string }) {
    return drafts.setPlan(body.plan);
  }
}
