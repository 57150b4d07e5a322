// Sample code in an `example-*` folder shows how a plugin could be written; it is never served, so the made-up
// account id of a demo vendor stores nothing real.
declare const vendors: { create(input: { name: string; payoutAccountId: string }): Promise<{ id: string }> };

export async function addDemoVendor(name: string): Promise<string> {
  // ok: timestamp-id -- sample code in an example-plugins folder, never deployed
  const vendor = await vendors.create({ name, payoutAccountId: Math.random().toString(32).slice(2) });
  return vendor.id;
}
