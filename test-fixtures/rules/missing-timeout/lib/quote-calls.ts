// Per-call guards around the quotes service.

/** Races the call it is handed against a timer that rejects: the caller waits 4 s at most. */
export async function underBudget<T>(run: () => Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const call = run();
  call.catch(() => undefined);
  try {
    return await Promise.race([
      call,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("quotes service too slow")), 4_000);
      }),
    ]);
  } finally {
    if (timer) clearTimeout(timer);
  }
}

/** Races the call against the caller's own cancellation only: nothing bounds how long it waits. */
export async function untilCancelled<T>(run: () => Promise<T>, cancelled: Promise<never>): Promise<T> {
  return Promise.race([run(), cancelled]);
}
