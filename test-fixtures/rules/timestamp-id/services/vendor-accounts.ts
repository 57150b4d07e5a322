// The same made-up account id in served code is stored as the vendor's payout account: two vendors can get one.
declare const vendors: { create(input: { name: string; payoutAccountId: string }): Promise<{ id: string }> };

export async function addVendor(name: string): Promise<string> {
  // expect: timestamp-id
  const vendor = await vendors.create({ name, payoutAccountId: Math.random().toString(32).slice(2) });
  return vendor.id;
}
