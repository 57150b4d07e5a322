// The web app's refresh logic reads `share_session` with cookies-next (web/refresh-session.ts), so HttpOnly is only
// offered for it; `share_refresh`, which no browser code reads, gets HttpOnly applied.
import { Controller, Post, Res } from "@nestjs/common";
import type { Response } from "express";

@Controller("session")
export class SessionController {
  @Post()
  open(@Res({ passthrough: true }) res: Response) {
    // expect: insecure-cookie
    res.cookie("share_session", "token", { sameSite: "lax", secure: true });
    // expect: insecure-cookie
    res.cookie("share_refresh", "token", { sameSite: "lax", secure: true, path: "/session/refresh", httpOnly: true });
    return { ok: true };
  }
}
