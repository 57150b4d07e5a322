export function recordLookup(lookup: { sessionToken: string; shelf: string }) {
  const { sessionToken } = lookup;
  // expect: sensitive-data-logged
  console.info({ lookup: { sessionToken } });
  // ok: sensitive-data-logged -- the key names a secret, but the value is a redaction placeholder
  console.info({ lookup: { sessionToken: "[redacted]", shelf: lookup.shelf } });
}
