import { Controller, Post } from "@nestjs/common";
import { Public } from "./public.decorator";

@Controller("probes")
export class HealthController {
  // ok: missing-auth -- @Public() opts out of the global JwtAuthGuard on purpose
  @Public()
  @Post("warmup")
  warmUp() {
    return { warmedAt: new Date().toISOString() };
  }
}
