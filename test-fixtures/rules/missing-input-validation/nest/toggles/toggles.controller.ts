// Single body fields handed to a service that hands them on to its repository: the repository's own conversion
// (`!!active`, `String(note)`) is what the value becomes, so the field is only converted; stored as it came, it is not.
import { Body, Controller, Param, Put } from "@nestjs/common";
import { TogglesService } from "./toggles.service";

@Controller("toggles")
export class TogglesController {
  constructor(private readonly toggles: TogglesService) {}

  @Put(":id/active")
  // ok: missing-input-validation -- the repository turns the value into a boolean before writing it
  setActive(@Param("id") id: string, @Body("active") active: boolean) {
    return this.toggles.setActive(id, active);
  }

  @Put(":id/note")
  // ok: missing-input-validation -- the repository writes the value as text, whatever it was
  setNote(@Param("id") id: string, @Body("note") note: string) {
    return this.toggles.setNote(id, note);
  }

  @Put(":id/owner")
  // expect: missing-input-validation
  setOwner(@Param("id") id: string, @Body("owner") owner: string) {
    return this.toggles.setOwner(id, owner);
  }
}
