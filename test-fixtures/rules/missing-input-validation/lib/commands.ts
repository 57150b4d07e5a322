// Command objects built from a request body. Some check what they are given (a schema, or explicit checks that
// throw); `ArchiveTicketCommand.from` copies the body as it is.
import { z } from "zod";

const openTicketShape = z.object({ subject: z.string().min(1), priority: z.enum(["low", "high"]) }).strict();

export class OpenTicketCommand {
  private constructor(readonly subject: string, readonly priority: "low" | "high") {}

  static from(input: unknown): OpenTicketCommand {
    const { subject, priority } = openTicketShape.parse(input);
    return new OpenTicketCommand(subject, priority);
  }
}

export class ReassignTicketCommand {
  readonly assigneeId: string;

  constructor(input: unknown) {
    if (typeof input !== "object" || input === null || Array.isArray(input)) throw new TypeError("expected an object");
    const assigneeId = (input as Record<string, unknown>).assigneeId;
    if (typeof assigneeId !== "string") throw new TypeError("assigneeId must be a string");
    this.assigneeId = assigneeId;
  }
}

export class ArchiveTicketCommand {
  constructor(readonly fields: Record<string, unknown>) {}

  static from(input: Record<string, unknown>): ArchiveTicketCommand {
    return new ArchiveTicketCommand({ ...input });
  }
}
