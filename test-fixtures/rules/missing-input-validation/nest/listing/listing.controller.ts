import { Controller, Get, Query, UseGuards } from "@nestjs/common";
import { AuthGuard } from "@nestjs/passport";
import { ListCarriersQuery, SearchDepotsQuery, SortRoutesQuery } from "./dto/list-queries";

declare const registry: {
  carriers(page: number, size: number): Promise<unknown[]>;
  depots(page: number, size: number, search?: string): Promise<unknown[]>;
  routes(sortBy?: string, direction?: string): Promise<unknown[]>;
};

@Controller("listing")
@UseGuards(AuthGuard("jwt"))
export class ListingController {
  // ok: missing-input-validation -- the DTO extends a mixin whose class carries class-validator decorators
  @Get("carriers")
  carriers(@Query() query: ListCarriersQuery) {
    return registry.carriers(query.page, query.size);
  }

  // ok: missing-input-validation -- a mixin built on another validated mixin
  @Get("depots")
  depots(@Query() query: SearchDepotsQuery) {
    return registry.depots(query.page, query.size, query.search);
  }

  @Get("routes")
  // expect: missing-input-validation
  routes(@Query() query: SortRoutesQuery) {
    return registry.routes(query.sortBy, query.direction);
  }
}
