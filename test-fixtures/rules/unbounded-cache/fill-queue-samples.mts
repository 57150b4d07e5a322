// Fills a developer's database with queue samples: the package's `db:seed:queues` script runs this file, so it is
// tooling and runs once, whatever it keeps in memory while it does.
import { queueSamples } from "./queue-store.js";

// ok: unbounded-cache -- a seed command's scratch map, gone when the script ends
const depthByQueue = new Map<string, number>();

export function noteDepth(queue: string, depth: number) {
  depthByQueue.set(queue, depth);
}

for (let index = 0; index < 500; index++) {
  const queue = `queue-${index % 7}`;
  noteDepth(queue, index);
  await queueSamples.insert({ queue, depth: depthByQueue.get(queue) });
}
