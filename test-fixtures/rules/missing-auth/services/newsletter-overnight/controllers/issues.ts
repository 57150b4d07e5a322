import { ClassMiddleware, Controller, Delete, Middleware, Post, Put } from "@overnightjs/core";
import type { Request, Response } from "express";
import { requireMember } from "../middleware/signed-in";
import { issues } from "../store";

@Controller("issues")
export class Issues {
  // ok: missing-auth -- overnight's @Middleware puts the session check before the handler, as in an Express chain
  @Post("draft")
  @Middleware([requireMember])
  public async draft(req: Request, res: Response) {
    return res.json(await issues.create({ title: String(req.body.title), author: res.locals.member.sub }));
  }

  // ok: missing-auth -- the middleware may also come before the route decorators, and may be given without a list
  @Middleware(requireMember)
  @Put("publish/:id")
  // ok: missing-auth -- a second route decorator on the same method gets the same chain
  @Put("release/:id")
  public async publish(req: Request, res: Response) {
    return res.json(await issues.publish(req.params.id));
  }

  // expect: missing-auth
  @Delete("purge")
  public async purge(_req: Request, res: Response) {
    await issues.purgeAll();
    return res.status(204).end();
  }
}

@Controller("archive")
@ClassMiddleware([requireMember])
export class Archive {
  // ok: missing-auth -- @ClassMiddleware runs before every route of the class
  @Post("restore/:id")
  public async restore(req: Request, res: Response) {
    return res.json(await issues.restore(req.params.id));
  }
}
