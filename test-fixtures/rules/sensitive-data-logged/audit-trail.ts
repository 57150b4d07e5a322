export function recordLookup(lookup: { sessionToken: string; shelf: string }) {
  const { sessionToken } = lookup;
  // expect: sensitive-data-logged
  console.info({ lookup: { sessionToken } });
  // ok: sensitive-data-logged -- the key names a secret, but the value is a redaction placeholder
  console.info({ lookup: { sessionToken: "[redacted]", shelf: lookup.shelf } });
}

export function recordSuite(run: { passed: number; total: number; tokensUsed: number; adminPass: string }) {
  const suitePassRate = ((run.passed / run.total) * 100).toFixed(1);
  const tokenRatio = run.tokensUsed / run.total;
  // ok: sensitive-data-logged -- a rate of passed checks and a ratio describe counts, not a password or a token
  console.info(`passed ${suitePassRate}% (tokens per check ${tokenRatio})`);
  // expect: sensitive-data-logged
  console.info("admin", run.adminPass);
}
