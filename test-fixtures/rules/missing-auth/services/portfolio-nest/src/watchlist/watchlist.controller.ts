import { Body, Controller, Delete, Param, Post } from "@nestjs/common";
import { MembersOnly } from "../access";

@Controller("watchlist")
@MembersOnly()
export class WatchlistController {
  // ok: missing-auth -- the class-level MembersOnly applies the session guard to every route
  @Post()
  add(@Body() body: { symbol: string }) {
    return body;
  }

  // ok: missing-auth -- covered by the class-level composed decorator as well
  @Delete(":symbol")
  drop(@Param("symbol") symbol: string) {
    return { symbol };
  }
}
