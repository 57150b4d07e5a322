// Start-up and maintenance logs whose names mention secrets, tokens or keys; provenance decides what they hold.

interface Settings {
  PORT: string;
  REGION: string;
  MAIL_API_KEY: string;
  SIGNING_SECRET: string;
  [name: string]: string;
}

interface VaultClient {
  getSecret(name: string): Promise<string | undefined>;
}

interface PageResult {
  items: string[];
  nextToken?: string;
}

export function describeSettings(settings: Settings): void {
  const { MAIL_API_KEY, SIGNING_SECRET, ...settingsWithoutSecrets } = settings;
  // ok: sensitive-data-logged -- the rest binding is what remains once every secret-named entry was taken out
  console.debug("booting with", { settingsWithoutSecrets });
  // expect: sensitive-data-logged
  console.debug("mail key in use", { MAIL_API_KEY });
}

export function describeAllSettings(settings: Settings): void {
  const { PORT, ...secretsAndRest } = settings;
  // expect: sensitive-data-logged
  console.debug("booting on", PORT, { secretsAndRest });
}

export async function connectionFor(vault: VaultClient, entry: { secretKey: string }): Promise<string | undefined> {
  const value = await vault.getSecret(entry.secretKey);
  if (!value) {
    // ok: sensitive-data-logged -- the name under which the vault stores the secret, passed to its lookup above
    console.warn(`no vault entry named ${entry.secretKey}`);
  }
  return value;
}

export function rotateKey(entry: { secretKey: string }): void {
  // expect: sensitive-data-logged
  console.warn("rotating", entry.secretKey);
}

export async function sweep(list: (token?: string) => Promise<PageResult>): Promise<void> {
  let continuationToken: string | undefined;
  do {
    const page = await list(continuationToken);
    continuationToken = page.nextToken;
    // ok: sensitive-data-logged -- a position in a paged listing, handed back to fetch the next page
    console.debug("swept a page", { count: page.items.length, continuationToken });
  } while (continuationToken);
}

export function handOff(sessionToken: string): void {
  // expect: sensitive-data-logged
  console.debug("handing off", { sessionToken });
}
