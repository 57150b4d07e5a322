declare const search: { indices: { probe(index: string): Promise<void>; settingsOf(index: string): Promise<object> } };
declare const kv: { set(key: string, value: string): Promise<void> };

/** Builds a throwaway index to read back the settings the engine derives, then compares them with the live ones. */
export async function probeIndexSettings(alias: string): Promise<object> {
  const startedAt = Date.now();
  // ok: timestamp-id -- "salt" only in name: it is written into a throwaway index name and never used on its own
  const probeSalt = Math.random().toString(36).slice(2, 8);
  const probeIndex = `probe-${startedAt}-${probeSalt}-${alias}`;
  await search.indices.probe(probeIndex);
  return search.indices.settingsOf(probeIndex);
}

/** Hands out a link that lets a shopper resume a saved cart: the token is kept as part of the store key. */
export async function saveCartLink(cartId: string): Promise<string> {
  // expect: timestamp-id
  const resumeToken = Math.random().toString(36).slice(2);
  await kv.set(`cart-resume:${resumeToken}`, cartId);
  return `/cart/resume?t=${resumeToken}`;
}
