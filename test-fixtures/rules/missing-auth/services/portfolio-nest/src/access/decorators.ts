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
