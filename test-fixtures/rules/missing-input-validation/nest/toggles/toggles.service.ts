// Passes every value on to the repository unchanged.
import { Injectable } from "@nestjs/common";
import { TogglesRepository } from "./toggles.repository";

@Injectable()
export class TogglesService {
  constructor(private readonly repository: TogglesRepository) {}

  setActive(id: string, active: boolean) {
    return this.repository.setActive(id, active);
  }

  setNote(id: string, note: string) {
    return this.repository.setNote(id, note);
  }

  setOwner(id: string, owner: string) {
    return this.repository.setOwner(id, owner);
  }
}
