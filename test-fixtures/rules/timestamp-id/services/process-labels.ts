// Ids that only label something inside this process: a collision confuses a log line or a metric at worst, and
// nobody outside can use a guess. None of them is reported.
import { Redis } from "ioredis";
import { createLogger, type Logger } from "../lib/logger";
import { metrics } from "../lib/metrics";

const redis = new Redis(process.env.REDIS_URL!);

export class ReplicaWatcher {
  private readonly instanceId: string;
  private readonly log: Logger;

  constructor() {
    // ok: timestamp-id -- names this watcher in its log lines
    this.instanceId = Math.random().toString(36).substring(2, 12);
    this.log = createLogger("replica-watcher", { instanceId: this.instanceId });
  }
}

export function startWorkers(count: number) {
  for (let index = 0; index < count; index++) {
    // ok: timestamp-id -- a worker label for metrics and logs
    const workerName = `worker-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    metrics.gauge("workers.started", 1, { worker: workerName });
  }
}

const heldLocks = new Map<string, { resources: string[]; since: number }>();

export async function withLock<T>(resources: string[], run: () => Promise<T>): Promise<T> {
  // ok: timestamp-id -- keys a map of this process only; the lock itself is held elsewhere
  const lockId = `${resources.join(",")}:${Date.now()}`;
  heldLocks.set(lockId, { resources, since: Date.now() });
  try {
    return await run();
  } finally {
    heldLocks.delete(lockId);
  }
}

export class PendingReplies {
  private readonly waiting = new Map<number, (reply: unknown) => void>();

  request(send: (message: { id: number; body: unknown }) => void, body: unknown): Promise<unknown> {
    // ok: timestamp-id -- a pending request's handle in memory, and in the message that its reply will echo
    const id = Date.now();
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      send({ id, body });
    });
  }
}

export async function rememberReply(body: unknown) {
  // expect: timestamp-id
  const replyKey = `reply:${Date.now()}`;
  // The same kind of key written to Redis outlives the process: two replies in one millisecond overwrite each other.
  await redis.set(replyKey, JSON.stringify(body), "EX", 60);
}
