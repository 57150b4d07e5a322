// Bodies handed whole to a service method that checks each field it reads (see clients.service.ts).
import { Body, Controller, Post, UseGuards } from "@nestjs/common";
import { AuthGuard } from "@nestjs/passport";
import { ClientsService } from "./clients.service";

@Controller("clients")
@UseGuards(AuthGuard("jwt"))
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Post("enroll")
  // ok: missing-input-validation -- every field the service reads is type-tested, coerced or handed to a local checker
  enroll(@Body() body: Record<string, unknown>) {
    return this.clients.enroll(body);
  }

  @Post("enroll-loose")
  // expect: missing-input-validation
  enrollLoose(@Body() body: Record<string, unknown>) {
    return this.clients.enrollLoosely(body);
  }

  @Post("resume")
  // ok: missing-input-validation -- the ticket is verified by the Nest JWT service; the flag only decides a branch
  resume(@Body() body: { ticket: string; confirm?: boolean }) {
    if (!body.confirm) return { resumed: false };
    return { clientId: this.clients.openTicket(body.ticket) };
  }

  @Post("peek")
  // expect: missing-input-validation
  peek(@Body() body: { ticket: string }) {
    return { payload: this.clients.peekTicket(body.ticket) };
  }
}
