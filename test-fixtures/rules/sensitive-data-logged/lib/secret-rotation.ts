type Secrets = Record<string, string>;

/** Re-wraps every stored secret; the log names which entry is skipped, never what it holds. */
export function rewrapAll(secrets: Secrets, wrap: (value: string) => string): Secrets {
  const result: Secrets = {};
  for (const name in secrets) {
    result[name] = needsWrap(secrets[name]!, name) ? wrap(secrets[name]!) : secrets[name]!;
  }
  for (const name of Object.keys(secrets)) reportSkipped(name);
  return result;
}

function needsWrap(value: string, secretKey: string): boolean {
  const wrapped = value.startsWith("wrapped:");
  // ok: sensitive-data-logged -- secretKey is only ever a property name from a for-in loop, not a secret's value
  if (wrapped) console.log(`secret ${secretKey} is already wrapped`);
  return !wrapped;
}

function reportSkipped(apiKey: string) {
  // ok: sensitive-data-logged -- every caller hands it a name from Object.keys
  console.info("skipped", apiKey);
}

/** Called with a stored value too, so what it logs may be the secret itself. */
function announce(apiKey: string) {
  // expect: sensitive-data-logged
  console.info("using", apiKey);
}

export function announceAll(secrets: Secrets) {
  for (const name in secrets) announce(name);
  announce(secrets.primary!);
}
