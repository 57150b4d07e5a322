import { Controller, Delete } from "@overnightjs/core";
import type { Request, Response } from "express";
import { issues } from "../store";

@Controller("subscribers")
export class Subscribers {
  // ok: missing-auth -- nested by Admin's @ChildControllers, so Admin's @ClassMiddleware session check runs first
  @Delete(":id")
  public async remove(req: Request, res: Response) {
    await issues.purgeAll();
    return res.status(204).end();
  }
}
