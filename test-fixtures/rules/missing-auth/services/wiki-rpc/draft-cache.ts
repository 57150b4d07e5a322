type Loader = () => Promise<unknown>;

/** A tiny write-behind cache: `post(key, loader)` queues a write. */
export const draftCache = {
  queue: new Map<string, Loader>(),
  post(key: string, loader: Loader) {
    this.queue.set(key, loader);
  },
};
