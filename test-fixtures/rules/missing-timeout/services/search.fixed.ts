import { request, fetch as undiciFetch } from "undici";

const searchUrl = process.env.SEARCH_URL ?? "http://search.internal:9200";

export async function indexProduct(product: { id: string; title: string }) {
  // expect: missing-timeout
  const { statusCode } = await request(`${searchUrl}/products/_doc/${product.id}`, { method: "PUT", body: JSON.stringify(product), signal: AbortSignal.timeout(30_000) });
  return statusCode;
}

export async function searchProducts(query: string) {
  // ok: missing-timeout -- undici's headersTimeout/bodyTimeout bound the request
  const { body } = await request(`${searchUrl}/products/_search?q=${encodeURIComponent(query)}`, { headersTimeout: 5_000, bodyTimeout: 10_000 });
  return body.json();
}

export async function clusterHealth() {
  // expect: missing-timeout
  const res = await undiciFetch(`${searchUrl}/_cluster/health`, { signal: AbortSignal.timeout(30_000) });
  return res.json();
}
