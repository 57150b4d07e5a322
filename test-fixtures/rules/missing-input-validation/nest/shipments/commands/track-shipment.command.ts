import { IsDefined, IsIn, IsString } from "class-validator";
import { AccountCommand, LooseCommand } from "./checked.command";

export class TrackShipmentCommand extends AccountCommand {
  @IsString()
  accountId!: string;

  @IsIn(["summary", "full"])
  detail!: string;
}

export class ArchiveShipmentCommand extends LooseCommand {
  accountId!: string;
  reason!: string;
}

/** Its own fields are checked by `create` (inherited from the checking base). */
export class QuoteShipmentCommand extends AccountCommand {
  @IsString()
  accountId!: string;

  @IsIn(["ground", "air"])
  service!: string;

  @IsString()
  destination!: string;
}

/** Built through the same checking `create`, but no field of it carries a decorator: nothing is checked. */
export class RerouteShipmentCommand extends AccountCommand {
  accountId!: string;
  destination!: string;
}

/** `reason` must be there, but any value will do. */
export class HoldShipmentCommand extends AccountCommand {
  @IsString()
  accountId!: string;

  @IsDefined()
  reason!: unknown;
}
