export type Attempt<T> = { ok: true; data: T } | { ok: false; error: Error };

export async function attempt<T>(work: () => Promise<T> | T): Promise<Attempt<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    return { ok: false, error: error as Error };
  }
}
