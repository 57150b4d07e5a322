// A developer runs this by hand (`tsx scripts/backfill-invoices.ts`); nothing in the app imports it.
export async function backfillInvoices(since: string): Promise<unknown> {
  // ok: missing-timeout -- a module in a scripts folder that no production code imports is tooling
  const response = await fetch(`https://billing.example.com/invoices?since=${since}`);
  return response.json();
}
