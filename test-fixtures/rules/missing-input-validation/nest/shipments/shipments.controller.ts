import { Body, Controller, Get, Post, Query, UseGuards } from "@nestjs/common";
import { AuthGuard } from "@nestjs/passport";
import { BookShipmentDto, LabelRequestDto, ShipmentNoteBody } from "./dtos";
import { ArchiveShipmentCommand, HoldShipmentCommand, QuoteShipmentCommand, RerouteShipmentCommand, TrackShipmentCommand } from "./commands/track-shipment.command";
import { ShipmentsService } from "./shipments.service";

@Controller("shipments")
@UseGuards(AuthGuard("jwt"))
export class ShipmentsController {
  constructor(private readonly shipments: ShipmentsService) {}

  // ok: missing-input-validation -- the DTO's decorators are reached through the folder's `export *` barrel
  @Post()
  book(@Body() body: BookShipmentDto) {
    return this.shipments.book(body);
  }

  // ok: missing-input-validation -- a renamed re-export (`export { A as B } from`) of a decorated DTO
  @Post("label")
  label(@Body() body: LabelRequestDto) {
    return this.shipments.label(body.format);
  }

  @Post("note")
  // expect: missing-input-validation
  note(@Body() body: ShipmentNoteBody) {
    return this.shipments.note(body.note);
  }

  // ok: missing-input-validation -- the command's `create`, inherited from a base two levels up, validates what it is given
  @Get("track")
  track(@Query() query: TrackQuery) {
    return this.shipments.track(TrackShipmentCommand.create(query));
  }

  @Post("archive")
  // expect: missing-input-validation
  archive(@Body() body: ArchiveBody) {
    return this.shipments.archive(ArchiveShipmentCommand.create(body));
  }

  // ok: missing-input-validation -- each field lands in a command property whose decorator checks its type or value
  @Post("quote")
  quote(@Query("service") service: string, @Body() body: QuoteBody) {
    return this.shipments.quote(QuoteShipmentCommand.create({ accountId: "self", service, destination: body.destination }));
  }

  @Post("hold")
  // expect: missing-input-validation
  hold(@Body() body: HoldBody) {
    // `reason` lands in a property checked only for presence: any value passes.
    return this.shipments.hold(HoldShipmentCommand.create({ accountId: "self", reason: body.reason }));
  }

  @Post("reroute")
  // expect: missing-input-validation
  reroute(@Body() body: QuoteBody) {
    return this.shipments.reroute(RerouteShipmentCommand.create({ accountId: "self", destination: body.destination }));
  }
}

interface QuoteBody {
  destination: string;
}

/** Only TypeScript shapes: what checks them is the command each is handed to. */
interface TrackQuery {
  accountId: string;
  detail: string;
}

interface HoldBody {
  reason: string;
}

interface ArchiveBody {
  accountId: string;
  reason: string;
}
