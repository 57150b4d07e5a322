// Optional tuning for a queue client, read where it is used: each parse is tested for NaN in the condition that picks it.
export function queueOptions() {
  return {
    // ok: unvalidated-env -- the parse in the condition is the NaN test itself, and the chosen one is only taken when it passed
    keepAlive: process.env.QUEUE_KEEP_ALIVE && !isNaN(parseInt(process.env.QUEUE_KEEP_ALIVE, 10)) ? parseInt(process.env.QUEUE_KEEP_ALIVE, 10) : undefined,
    // expect: unvalidated-env
    retries: Number(process.env.QUEUE_RETRIES),
  };
}

export function pollInterval(): number {
  if (!Number.isNaN(Number(process.env.QUEUE_POLL_MS))) {
    // ok: unvalidated-env -- the if tests this same parse for NaN
    return Number(process.env.QUEUE_POLL_MS);
  }
  return 1000;
}

export function batchOf<T>(jobs: T[]): T[] {
  // ok: unvalidated-env -- NaN fails the truthiness test like an unset value: no cap is the intended default
  const batchCap = Number(process.env.QUEUE_BATCH_CAP);
  if (batchCap) return jobs.slice(0, batchCap);
  return jobs;
}

export function lease(): number {
  // Only multiplied, never tested: a missing value makes every job's lease NaN milliseconds.
  // expect: unvalidated-env
  const leaseSeconds = Number(process.env.QUEUE_LEASE_SECONDS);
  return leaseSeconds * 1000;
}
