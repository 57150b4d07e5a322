import { queue } from "../lib/queue";
import { randomBytes } from "crypto";

export class Job {
  // ok: timestamp-id -- a handle of an object in memory: nothing in this file stores it or hands it out
  readonly id = Date.now();
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
  jobId = `${name}:${randomBytes(16).toString("hex")}`,
) {
  await queue.add(name, payload, { jobId });
}

export async function enqueueBatch(names: string[]) {
  // expect: timestamp-id
  const batchId = randomBytes(16).toString("hex");
  await Promise.all(names.map((name) => queue.add(name, { batchId })));
  return batchId;
}

// ok: timestamp-id -- a generator whose result this file never stores; callers in other files are not followed
export const uid = () => Math.random().toString(36).slice(2);

export function generateIdempotencyKey(): string {
  // expect: timestamp-id
  return randomBytes(16).toString("hex");
}

export class Worker {
  private sessionToken = "";
  private runs = 0;

  connect() {
    // expect: timestamp-id
    this.sessionToken = randomBytes(16).toString("hex");
  }

  private newRunId() {
    this.runs++;
    // ok: timestamp-id -- the run id is only returned to the caller of start(), never stored here
    return Date.now().toString(36) + "-" + this.runs;
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
