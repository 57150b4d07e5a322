import type { Context } from "hono";

// Another file of the same package answers a page, so the whole service needs the headers.
export function receiptPage(c: Context) {
  return c.html(`<h1>Receipt ${c.req.param("id")}</h1>`);
}
