import { applyDecorators, SetMetadata, UseGuards } from "@nestjs/common";
import { OpenDoorGuard } from "./open-door.guard";
import { SessionGuard } from "./session.guard";

export function RequireMember(...roles: string[]) {
  return applyDecorators(SetMetadata("member_roles", roles), UseGuards(SessionGuard));
}

export const Described = (summary: string) => applyDecorators(SetMetadata("route_summary", summary));

export function Lenient() {
  return applyDecorators(SetMetadata("lenient", true), UseGuards(OpenDoorGuard));
}

// Composes another composed decorator: the guard comes from RequireMember.
export const TreasurerOnly = () => applyDecorators(RequireMember("treasurer"), SetMetadata("audit", true));

export const SignedIn = applyDecorators(UseGuards(SessionGuard));

// Picks the guard by an argument: callers with a key token or a session both pass through a check that refuses.
export function Member(acceptKeys = false) {
  return applyDecorators(SetMetadata("accept_keys", acceptKeys), acceptKeys ? UseGuards(SessionGuard, OpenDoorGuard) : (UseGuards(SessionGuard)));
}

// One branch lets everyone in: applied with `true`, nothing authenticates.
export function MaybeMember(strict = true) {
  return applyDecorators(strict ? UseGuards(SessionGuard) : UseGuards(OpenDoorGuard));
}
