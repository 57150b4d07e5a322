import { PartialType, PickType } from "@nestjs/swagger";
import { CreateUserDto } from "./create-user.dto";
import { InviteUserDto } from "./invite-user.dto";

// Helpers nested in each other keep the decorators of the DTO at the bottom.
export class RenameUserDto extends PartialType(PickType(CreateUserDto, ["name", "email"] as const)) {}

// The same nesting over a DTO without decorators keeps nothing to check.
export class ChangeTeamDto extends PartialType(PickType(InviteUserDto, ["teamId"] as const)) {}
