// Two writes convert what they are given; the third stores it as it came.
import { Injectable } from "@nestjs/common";
import { PrismaClient } from "@prisma/client";

@Injectable()
export class TogglesRepository {
  private readonly db = new PrismaClient();

  setActive(id: string, active: boolean) {
    return this.db.toggle.update({ where: { id }, data: { enabled: !!active } });
  }

  setNote(id: string, note: string) {
    return this.db.toggle.update({ where: { id }, data: { note: String(note) } });
  }

  setOwner(id: string, owner: string) {
    return this.db.toggle.update({ where: { id }, data: { ownerId: owner } });
  }
}
