import { fetch as whatwgFetch } from "@whatwg-node/fetch";

const catalogUrl = process.env.CATALOG_URL!;

const jsonGet = {
  method: "GET",
  headers: { accept: "application/json" },
  signal: AbortSignal.timeout(30000),
};

export async function product(id: string) {
  // expect: missing-timeout
  const res = await fetch(`${catalogUrl}/products/${id}`, jsonGet);
  return res.json();
}

export async function categories(init: RequestInit) {
  // ok: missing-timeout -- options come from the caller; they may carry a signal
  const res = await fetch(`${catalogUrl}/categories`, init);
  return res.json();
}

export async function brands() {
  // ok: missing-timeout -- a fetch from an unrecognised library is not judged
  const res = await whatwgFetch(`${catalogUrl}/brands`);
  return res.json();
}

export async function search(query: string, fetch: typeof globalThis.fetch) {
  // ok: missing-timeout -- `fetch` here is an injected parameter, not the global
  const res = await fetch(`${catalogUrl}/search?q=${encodeURIComponent(query)}`);
  return res.json();
}
