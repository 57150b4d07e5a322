// Keeps the last results in whatever map it is handed; its `get` is a lookup, not a request.
export class ResultHistory {
  constructor(store) {
    this.store = store;
  }

  last(siteId) {
    // ok: missing-timeout -- the field holds a Map (see start.js), not an HTTP client
    return this.store.get(siteId);
  }
}
