import { Body, Controller, Post, Res } from "@nestjs/common";
import type { Response } from "express";

const secureCookie = process.env.COOKIE_INSECURE ? {} : { secure: true, httpOnly: true };

@Controller("workspace")
export class WorkspaceController {
  // ok: missing-input-validation -- the chosen workspace goes back into the caller's own unsigned cookie, which they could send themselves
  @Post("select")
  select(@Body("workspace") workspace: string, @Res({ passthrough: true }) reply: Response) {
    reply.cookie("workspace", workspace, { ...(process.env.COOKIE_INSECURE ? {} : { secure: true }), maxAge: 86_400_000 });
    reply.header("x-workspace", workspace);
  }

  @Post("pin")
  // expect: missing-input-validation
  pin(@Body("workspace") workspace: string, @Res({ passthrough: true }) reply: Response) {
    // A signed cookie vouches for its value: the client could not have set this one.
    reply.cookie("pinned", workspace, { ...secureCookie, signed: true });
  }

  @Post("jump")
  // expect: missing-input-validation
  jump(@Body("target") target: string, @Res() reply: Response) {
    reply.setHeader("Location", target);
    reply.status(302).end();
  }
}
