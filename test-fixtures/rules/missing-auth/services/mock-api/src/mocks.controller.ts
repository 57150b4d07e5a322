import { All, Controller, Post, UseGuards } from "@nestjs/common";
import { KeyGuard } from "./key.guard";

@Controller("mocks")
export class MocksController {
  // ok: missing-auth -- the guard's helper method throws UnauthorizedException
  @All("*path")
  @UseGuards(KeyGuard)
  serve() {
    return { served: true };
  }

  // expect: missing-auth
  @Post("reset")
  reset() {
    return { reset: true };
  }
}
