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
