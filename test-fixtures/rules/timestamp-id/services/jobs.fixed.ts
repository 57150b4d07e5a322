import { queue } from "../lib/queue";

export class Job {
  // expect: timestamp-id
  readonly id = crypto.randomUUID();
  attempts = 0;
  // ok: timestamp-id -- a start time on a class field
  startedAt = performance.now();

  constructor(
    readonly name: string,
    readonly payload: unknown,
  ) {}
}

export async function enqueue(
  name: string,
  payload: unknown,
  // expect: timestamp-id
  jobId = `${name}:${crypto.randomUUID()}`,
) {
  await queue.add(name, payload, { jobId });
}

export async function enqueueBatch(names: string[]) {
  // expect: timestamp-id
  const batchId = crypto.randomUUID();
  await Promise.all(names.map((name) => queue.add(name, { batchId })));
  return batchId;
}

// expect: timestamp-id
export const uid = () => crypto.randomUUID();

export function generateIdempotencyKey(): string {
  // expect: timestamp-id
  return crypto.randomUUID();
}

export class Worker {
  private sessionToken = "";
  private runs = 0;

  connect() {
    // expect: timestamp-id
    this.sessionToken = crypto.randomUUID();
  }

  private newRunId() {
    this.runs++;
    // expect: timestamp-id
    return `${crypto.randomUUID()}-${this.runs}`;
  }

  start() {
    return { runId: this.newRunId(), token: this.sessionToken };
  }

  elapsedSince(start: number) {
    // ok: timestamp-id -- a duration from a method not named like an id generator
    return Date.now() - start;
  }

  keyboardShortcutsSeenAt() {
    // ok: timestamp-id -- `keyboard` is not `key`, and the function returns a time
    return Date.now();
  }
}

export function nextInvoiceRef(prefix: string): string {
  const stamp = Date.now();
  // todo-expect: timestamp-id
  const invoiceId = `${prefix}-${stamp}`;
  return invoiceId;
}
