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

  @Post("reset")
  // expect: missing-auth
  reset() {
    return { reset: true };
  }
}
