// A service that checks a loosely typed registration body field by field: arrays are tested with Array.isArray and
// mapped to text, names are typeof-tested and cut, and optional links go through a local checker that keeps a string
// only when it is one. Handoff tickets are verified with the Nest JWT service before their claims are read.
import { BadRequestException, Injectable } from "@nestjs/common";
import { JwtService } from "@nestjs/jwt";

const linkOrNull = (value: unknown): string | null => (typeof value === "string" && value.startsWith("https://") ? value : null);

const keepAsIs = (value: unknown): unknown => value;

@Injectable()
export class ClientsService {
  constructor(private readonly tickets: JwtService) {}

  enroll(input: Record<string, unknown>) {
    const callbacks = Array.isArray(input.callbacks) ? (input.callbacks as unknown[]).map(String) : [];
    if (callbacks.length === 0) throw new BadRequestException("callbacks required");
    return {
      callbacks,
      label: typeof input.label === "string" ? input.label.slice(0, 80) : "unnamed",
      homepage: linkOrNull(input.homepage),
    };
  }

  enrollLoosely(input: Record<string, unknown>) {
    return { label: typeof input.label === "string" ? input.label : "unnamed", homepage: keepAsIs(input.homepage) };
  }

  openTicket(ticket: string) {
    const claims = this.tickets.verify<{ clientId: string }>(ticket);
    return claims.clientId;
  }

  peekTicket(ticket: string) {
    return ticket.split(".")[1];
  }
}
