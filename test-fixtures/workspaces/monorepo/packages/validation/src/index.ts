// The shared body parser: every app validates request bodies with a zod schema through it.
import type { ZodTypeAny, z } from "zod";

export function parseBody<Schema extends ZodTypeAny>(schema: Schema, body: unknown): z.infer<Schema> {
  return schema.parse(body);
}
