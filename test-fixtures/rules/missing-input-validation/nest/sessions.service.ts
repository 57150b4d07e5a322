// The service behind sessions.controller.ts. Two methods check the value they are given before trusting it; the
// third hands it straight to the database.
import { Injectable } from "@nestjs/common";
import { PrismaClient } from "@prisma/client";

enum Surface {
  Console = "console",
  Portal = "portal",
}

@Injectable()
export class SessionsService {
  private readonly db = new PrismaClient();

  /** `surface` is only compared with the enum's members; anything else falls back to the portal. */
  landingUrl(surface: string): string {
    switch (surface) {
      case Surface.Console:
        return "https://console.example.test";
      case Surface.Portal:
      default:
        return "https://portal.example.test";
    }
  }

  /** `code` must be a non-empty string equal to the stored one before anything is released. */
  async redeem(code: string) {
    const stored = await this.db.setting.findFirst({ where: { key: "recovery" } });
    const matches = typeof code === "string" && code.trim().length > 0 && code === stored?.value;
    return matches ? this.db.setting.findMany() : [];
  }

  /** `label` goes into the query as it came. */
  async find(label: string) {
    return this.db.session.findMany({ where: { label } });
  }
}
