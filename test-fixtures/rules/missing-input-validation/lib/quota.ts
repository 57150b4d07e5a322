// A plan quota read from the account's stored settings: it parses what it is handed, never the request.
import { z } from "zod";

const quotaSchema = z.object({ owner: z.string(), shelves: z.number().default(5) });

export async function shelfQuota(input: { owner: string }) {
  return quotaSchema.parse(input);
}
