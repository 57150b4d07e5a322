// An ES module package whose relative imports name their files (`./queue.js`, as Node's resolution requires): the
// scaffolded env module is imported the same way.
import { queue } from "./queue.js";
import { env } from "./env.js";

// expect: unvalidated-env
const concurrency = env.NOTIFY_CONCURRENCY!;
queue.process(concurrency);
