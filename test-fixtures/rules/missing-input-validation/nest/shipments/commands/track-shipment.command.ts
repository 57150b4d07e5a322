import { IsIn, IsString } from "class-validator";
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
