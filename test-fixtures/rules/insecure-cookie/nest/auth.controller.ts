import { Controller, Post, Res } from "@nestjs/common";
import type { Response } from "express";

@Controller("auth")
export class AuthController {
  @Post("login")
  login(@Res({ passthrough: true }) res: Response) {
    // expect: insecure-cookie
    res.cookie("jwt", "token", { httpOnly: false, secure: true, sameSite: "strict" });
    return { ok: true };
  }
}
