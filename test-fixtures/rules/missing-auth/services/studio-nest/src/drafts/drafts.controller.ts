import { Body, Controller, Param, Patch, Post } from "@nestjs/common";
import { drafts } from "../store";

@Controller("drafts")
export class DraftsController {
  // ok: missing-auth -- the module binds CookieSessionMiddleware to this controller (through a spread const array)
  @Post()
  create(@Body() body: { title: string }) {
    return drafts.insert(body);
  }

  // ok: missing-auth -- covered by the same binding
  @Patch(":id")
  rename(@Param("id") id: string, @Body() body: { title: string }) {
    return drafts.update(id, body);
  }

  // expect: missing-auth
  @Post("share/:id")
  share(@Param("id") id: string) {
    return drafts.publish(id);
  }
}
