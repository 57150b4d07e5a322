import { Body, Controller, Get, Param, Patch, Post, UseGuards } from "@nestjs/common";
import { AuthGuard } from "@nestjs/passport";
import { TicketsService } from "./tickets.service";

@Controller("tickets")
@UseGuards(AuthGuard("jwt"))
export class TicketsController {
  constructor(private readonly tickets: TicketsService) {}

  // ok: missing-auth -- @UseGuards on the class covers every route
  @Post()
  open(@Body() body: { subject: string; message: string }) {
    return this.tickets.open(body);
  }

  // ok: missing-auth -- class-level guard
  @Patch(":id/close")
  close(@Param("id") id: string) {
    return this.tickets.close(id);
  }
}

@Controller("admin/tickets")
export class TicketAdminController {
  constructor(private readonly tickets: TicketsService) {}

  // expect: missing-auth
  @Get("export")
  exportAll() {
    return this.tickets.exportAll();
  }

  // expect: missing-auth
  @Post(":id/reassign")
  reassign(@Param("id") id: string, @Body() body: { agentId: string }) {
    return this.tickets.reassign(id, body.agentId);
  }
}
