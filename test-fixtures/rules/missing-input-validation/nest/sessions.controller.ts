// Scalar query values handed to a service in another file: the service's own checks count when it checks the value
// (an enum switch with a default, a typeof/equality test) before using it, not when it passes it on.
import { Controller, Get, Query, UseGuards } from "@nestjs/common";
import { AuthGuard } from "@nestjs/passport";
import { SessionsService } from "./sessions.service";

@Controller("sessions")
@UseGuards(AuthGuard("jwt"))
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get("landing")
  // ok: missing-input-validation -- the service only compares it with enum members and falls back to a default
  landing(@Query("surface") surface: string) {
    return { url: this.sessions.landingUrl(surface) };
  }

  @Get("recover")
  // ok: missing-input-validation -- the service checks its type and value before releasing anything
  recover(@Query("code") code: string) {
    return this.sessions.redeem(code);
  }

  // a default covers only absence: Express's query parser may still hand over an array or an object
  @Get("lookup")
  // expect: missing-input-validation
  lookup(@Query("label") label = "") {
    return this.sessions.find(label);
  }

  @Get("search")
  // expect: missing-input-validation
  search(@Query("label") label: string) {
    return this.sessions.find(label);
  }
}
