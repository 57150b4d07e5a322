import { FALLBACK_ADMIN_PASSWORD, PURGE_STALE_SESSION_TOKENS } from "./queue-names";

export async function runPurge(purge: () => Promise<void>, apiKey: string) {
  try {
    await purge();
  } catch (error) {
    // ok: sensitive-data-logged -- the constant is a queue name written in the source, not a token
    console.error(`[${PURGE_STALE_SESSION_TOKENS}] failed`, error);
    // expect: sensitive-data-logged
    console.warn(`[${PURGE_STALE_SESSION_TOKENS}] failed for key`, apiKey);
    // expect: sensitive-data-logged
    console.warn("admin fallback in use:", FALLBACK_ADMIN_PASSWORD);
  }
}
