import { ChildControllers, Controller, Post } from "@overnightjs/core";
import type { Request, Response } from "express";
import { issues } from "../store";

@Controller("feeds")
export class Feeds {
  // expect: missing-auth
  @Post("rebuild")
  public async rebuild(_req: Request, res: Response) {
    await issues.purgeAll();
    return res.json({ rebuilt: true });
  }
}

// A parent without middleware gives its prefix only: the finding names POST /syndication/feeds/rebuild.
@Controller("syndication")
@ChildControllers(new Feeds())
export class Syndication {}
