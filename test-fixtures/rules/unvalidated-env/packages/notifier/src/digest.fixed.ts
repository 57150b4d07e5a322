// A file of the same ES module package without a relative import of its own: the import the fix adds is written as
// the package's other files write theirs (`./queue.js`), or Node's resolution would not find it.
// expect: unvalidated-env
import { env } from "./env.js";

const digestHour = env.DIGEST_HOUR!;

export function isDigestHour(now: Date): boolean {
  return now.getUTCHours() === digestHour;
}
