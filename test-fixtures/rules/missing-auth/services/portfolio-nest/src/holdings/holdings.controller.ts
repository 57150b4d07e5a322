import { applyDecorators, Body, Controller, Delete, Param, Post, Put, SetMetadata } from "@nestjs/common";
import { Described, Lenient, MaybeMember, Member, MembersOnly, SignedIn, TreasurerOnly } from "../access";

// Composes only metadata: applying it adds no guard.
function Tagged(tag: string) {
  return applyDecorators(SetMetadata("tag", tag));
}

// Not Nest's applyDecorators: a project helper of the same name proves nothing about guards.
function applyAll(...parts: MethodDecorator[]): MethodDecorator {
  return (target, key, descriptor) => parts.forEach((part) => part(target, key, descriptor));
}

@Controller("holdings")
export class HoldingsController {
  // ok: missing-auth -- MembersOnly is RequireMember re-exported under another name, and it applies UseGuards(SessionGuard)
  @Post()
  @MembersOnly("owner")
  create(@Body() body: { symbol: string }) {
    return body;
  }

  // ok: missing-auth -- TreasurerOnly composes RequireMember, which applies the session guard
  @Delete(":id")
  @TreasurerOnly()
  remove(@Param("id") id: string) {
    return { id };
  }

  // ok: missing-auth -- SignedIn is itself the composed decorator (applied without a call)
  @Put(":id/note")
  @SignedIn
  annotate(@Param("id") id: string) {
    return { id };
  }

  // expect: missing-auth
  @Put(":id")
  @Described("rename a holding")
  rename(@Param("id") id: string) {
    return { id };
  }

  // expect: missing-auth
  @Post(":id/split")
  @Lenient()
  split(@Param("id") id: string) {
    return { id };
  }

  // expect: missing-auth
  @Post(":id/tag")
  @Tagged("holdings")
  tag(@Param("id") id: string) {
    return { id };
  }

  // expect: missing-auth
  @Post(":id/merge")
  @applyAll()
  merge(@Param("id") id: string) {
    return { id };
  }

  // ok: missing-auth -- Member applies the session guard on either branch of its argument
  @Post(":id/watch")
  @Member(true)
  watch(@Param("id") id: string) {
    return { id };
  }

  // expect: missing-auth
  @Post(":id/archive")
  @MaybeMember()
  archive(@Param("id") id: string) {
    return { id };
  }
}
