import { Controller, Get, UseGuards } from "@nestjs/common";
import * as os from "node:os";
import { ApiKeyGuard } from "./api-key.guard";

@Controller("health")
export class HealthController {
  // expect: exposed-health-details
  @Get()
  check() {
    const details = { env: process.env.NODE_ENV, pid: process.pid, host: os.hostname() };
    return { status: "ok", ...details };
  }

  // ok: exposed-health-details -- answers the status only
  @Get("ping")
  ping() {
    return { status: "ok" };
  }

  // ok: exposed-health-details -- behind a guard that checks an API key
  @Get("detail")
  @UseGuards(ApiKeyGuard)
  detail() {
    return { memory: process.memoryUsage(), versions: process.versions };
  }
}
