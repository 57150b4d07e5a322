import { Controller, Get, Res } from "@nestjs/common";
import type { Response } from "express";
import { queueDepth } from "./queue";

@Controller("status")
export class StatusController {
  @Get()
  ping() {
    return "ok";
  }

  @Get("queue")
  async queue(@Res() res: Response) {
    const depth = await queueDepth();
    return res.status(depth < 1000 ? 200 : 503).json({ depth });
  }
}
