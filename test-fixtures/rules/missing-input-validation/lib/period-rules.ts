// Checks for the report endpoints' filters: a reporting period, and a tag list sent as JSON text.
import { z } from "zod";

const periodSchema = z.object({
  span: z.object({ from: z.string().datetime(), until: z.string().datetime() }).optional(),
  zone: z.string().max(64).optional(),
});

export function parsePeriod(raw: unknown) {
  return periodSchema.parse(raw);
}

// The text is read as JSON first; what that gives is what the schema checks.
export function parseTagList(text: string) {
  let decoded: unknown;
  try {
    decoded = JSON.parse(text);
  } catch {
    throw new Error("tags must be a JSON list");
  }
  return z.array(z.string().max(40)).max(20).parse(decoded);
}
