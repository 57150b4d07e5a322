// An ES module package whose relative imports name their files (`./queue.js`, as Node's resolution requires): the
// scaffolded env module is imported the same way.
import { queue } from "./queue.js";

// expect: unvalidated-env
const concurrency = parseInt(process.env.NOTIFY_CONCURRENCY!, 10);
queue.process(concurrency);
