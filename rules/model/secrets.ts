// What a credential looks like, as data: known token formats, entropy, placeholders, secret-like names and
// the SDKs whose arguments carry secrets. Pure string logic; it never sees a node and never prints a value.

import { redact } from "./previews.js";
import { catalogueFormats, jwtClaim, namedFormats, type NamedSecretFormat, type SecretFormat } from "./secret-formats.js";
import { nameWords } from "./syntax.js";

export type { SecretFormat } from "./secret-formats.js";

export interface FormatMatch {
  format: SecretFormat;
  /** Offsets of the credential inside the literal's value. */
  start: number;
  end: number;
}

const connectionSchemes = "postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver|cockroachdb";
const localHosts = new Set(["localhost", "127.0.0.1", "0.0.0.0", "::1", "[::1]", "host.docker.internal"]);

/** A host only this machine (or its containers) reaches. */
export function isLocalHost(host: string): boolean {
  return localHosts.has(host.toLowerCase());
}

/**
 * Credentials found by where they sit in a text rather than by a vendor's shape: URLs with a password, `curl -u`,
 * `Authorization:` lines and dotenv `NAME=value` lines. The group named `secret` is the credential itself.
 */
const contextFormats: readonly SecretFormat[] = [
  {
    id: "connection-url-password",
    provider: "Connection URL",
    description: "a connection URL with an embedded password",
    pattern: new RegExp(`\\b(?:${connectionSchemes})://[^\\s'"\`]+`),
    keywords: ["://"],
    isValid: hasRealUrlPassword,
    envName: "DATABASE_URL",
    isSelfMinted: true,
  },
  {
    id: "url-password",
    provider: "URL",
    description: "a URL with an embedded password",
    pattern: /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s'"`<>]+/i,
    keywords: ["://"],
    isValid: hasRealUrlPassword,
    envName: "SERVICE_URL",
    isSelfMinted: true,
  },
  {
    id: "curl-credentials",
    provider: "Command line",
    description: "a password on a curl command line",
    pattern: /\bcurl\b[^\n]*?\s(?:-u|--user)[\s=]+(['"]?)[^\s'":]+:(['"]?)(?<secret>[^\s'"]+)\2\1/d,
    keywords: ["curl"],
    isValid: (_match, groups) => isRealPassword(groups?.["secret"] ?? ""),
    envName: "BASIC_AUTH_PASSWORD",
    isSelfMinted: true,
  },
  {
    id: "authorization-header",
    provider: "Authorization header",
    description: "a credential in an HTTP header line",
    pattern: /\bAuthorization:\s*(?:(?:Bearer|Basic|Token|Bot|ApiKey|Api-Token|Key)\s+)?(?<secret>[A-Za-z0-9._~+/=-]{12,})/id,
    keywords: ["uthorization", "UTHORIZATION"],
    isValid: (_match, groups) => looksRandom(groups?.["secret"] ?? ""),
    envName: "API_TOKEN",
    isSelfMinted: true,
  },
  {
    id: "dotenv-secret",
    provider: "dotenv",
    description: "a secret in dotenv text",
    pattern: /(?:^|[\s;])(?:export\s+)?(?<name>[A-Za-z][A-Za-z0-9_]*)=(["']?)(?<secret>[^\s"'#;]+)\2(?=$|[\s;#])/d,
    keywords: ["="],
    isValid: (_match, groups) => isDotenvSecret(groups?.name ?? "", groups?.secret ?? ""),
    envName: "SECRET",
    isSelfMinted: true,
  },
];

/** Order matters: the first format that matches a literal describes it (Anthropic's `sk-ant-` before OpenAI's `sk-`). */
export const secretFormats: readonly SecretFormat[] = [...catalogueFormats, ...contextFormats];

/**
 * The credential of a known format that starts first in `value`, if any; of formats matching at the same place the
 * first in `secretFormats` describes it (Anthropic's `sk-ant-` before OpenAI's `sk-`).
 */
export function findSecretFormat(value: string): FormatMatch | undefined {
  if (value.length < shortestKnownSecret || holdsNoSecret.has(value)) return undefined;
  let found: FormatMatch | undefined;
  if (anyFormatKeyword.test(value)) {
    for (const format of secretFormats) {
      if (!format.keywords.some((keyword) => value.includes(keyword))) continue;
      const match = matchFormat(format, value);
      if (match && (!found || match.start < found.start)) found = match;
    }
  }
  if (!found && value.length <= longestRemembered) {
    if (holdsNoSecret.size >= rememberedStrings) holdsNoSecret.clear();
    holdsNoSecret.add(value);
  }
  return found;
}

/**
 * Strings known to hold no credential of a known format (no format's keyword, or no match): an editor checks a file's
 * strings again at every keystroke, and nearly all of them are the same. Only strings without a credential are kept, and only so many.
 */
const holdsNoSecret = new Set<string>();
const rememberedStrings = 50_000;
const longestRemembered = 2_000;

/** Some format's keyword: one native search spares most literals the per-format look-ups. */
const anyFormatKeyword = new RegExp(
  [...new Set(secretFormats.flatMap((format) => format.keywords))].map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join("|"),
);

/** Each format's pattern made global, so a placeholder match does not hide a real one later in the same text. */
const searchPatterns: ReadonlyMap<SecretFormat, RegExp> = new Map(secretFormats.map((format) => [format, new RegExp(format.pattern.source, `${format.pattern.flags}g`)]));

/** The first valid match of `format` in `value`. */
function matchFormat(format: SecretFormat, value: string): FormatMatch | undefined {
  for (const match of value.matchAll(searchPatterns.get(format)!)) {
    const secretAt = match.indices?.groups?.["secret"];
    const [start, end] = secretAt ?? [match.index, match.index + match[0].length];
    const secret = value.slice(start, end);
    if (format.isValid && !format.isValid(match[0], match.groups)) continue;
    // A PEM body is long random base64 that can contain "xxx" by chance; its own check covers placeholders.
    if (format.id !== "pem-private-key" && (isPlaceholder(secret) || isCountingRun(secret))) continue;
    // A vendor prefix followed by words was typed to look like a key; a URL is made of words anyway.
    if (!format.isSelfMinted && (isWordBuilt(secret) || !hasVariety(secret.slice(vendorPrefixLength(format, secret))))) continue;
    return { format, start, end };
  }
  return undefined;
}

/** The named format a value stored under `name` is in (`datadogApiKey` holding 32 hex characters), if any. */
export function findNamedSecretFormat(value: string, name: string): NamedSecretFormat | undefined {
  const formats = namedFormatsFor(name);
  if (formats.length === 0) return undefined;
  const text = value.replace(/^(?:Bearer|Basic|Token)\s+/, "");
  if (isPlaceholder(text) || isCountingRun(text) || !hasVariety(text)) return undefined;
  return formats.find((format) => format.value.test(text));
}

/** The named formats whose name words `name` has, remembered by name (a keystroke asks about the same names again). */
function namedFormatsFor(name: string): readonly NamedSecretFormat[] {
  return remembered(namedFormatsByName, name, () => {
    const words = new Set(nameWords(name));
    return namedFormats.filter((format) => format.nameWords.every((group) => group.some((word) => words.has(word))));
  });
}

const namedFormatsByName = new Map<string, readonly NamedSecretFormat[]>();

/** `compute()`'s answer for `key`, kept in `answers` (emptied once it holds `rememberedStrings` of them). Keys are names, never values. */
function remembered<T>(answers: Map<string, T>, key: string, compute: () => T): T {
  if (answers.has(key)) return answers.get(key)!;
  const answer = compute();
  if (answers.size >= rememberedStrings) answers.clear();
  answers.set(key, answer);
  return answer;
}

/** How much of a vendor token is its fixed prefix: the keyword it was found by. */
function vendorPrefixLength(format: SecretFormat, secret: string): number {
  const keyword = format.keywords.find((candidate) => secret.startsWith(candidate));
  return keyword?.length ?? 0;
}

/**
 * The vendor-issued format conventionally held by `envName` (`STRIPE_SECRET_KEY` → Stripe live keys), or a vendor's
 * client credential under another of the usual names (`STRIPE_API_KEY`, `GITHUB_CLIENT_SECRET`). Only the vendor can
 * mint such a value and only the vendor checks it, so a fallback that is not in its format is accepted by nobody: no
 * key leaks and no door opens. Secrets the project verifies itself (`STRIPE_WEBHOOK_SECRET`) are not vendor-issued.
 */
export function vendorFormatHeldBy(envName: string): SecretFormat | undefined {
  const vendorIssued = secretFormats.filter((format) => !format.isSelfMinted);
  return (
    vendorIssued.find((format) => format.envName === envName) ??
    vendorIssued.find((format) => {
      const vendor = format.provider.toUpperCase().replace(/[^A-Z0-9]/g, "");
      return format.envName.startsWith(`${vendor}_`) && envName.startsWith(`${vendor}_`) && clientCredentialSuffixes.has(envName.slice(vendor.length + 1));
    })
  );
}

/**
 * `TWITTER_CONSUMER_SECRET`, `OIDC_CLIENT_SECRET`: the secret of an OAuth client, which this server presents to the
 * identity provider when it exchanges a code (RFC 6749 client authentication) and never verifies itself.
 */
export function isOAuthClientSecretName(envName: string): boolean {
  const words = nameWords(envName);
  return words.length >= 2 && words[words.length - 1] === "secret" && (words[words.length - 2] === "client" || words[words.length - 2] === "consumer");
}

/**
 * `S3_SECRET_ACCESS_KEY`, `AWS_SECRET_ACCESS_KEY`: the secret half of an access key pair a storage service issued
 * (AWS, and the S3-compatible stores), which this server presents to sign its requests and never verifies itself.
 */
export function isAccessKeySecretName(envName: string): boolean {
  return nameWords(envName).slice(-3).join("_") === "secret_access_key";
}

/** What a vendor's API key or OAuth client secret is called after its vendor's name; a bare `_SECRET` may be a signing secret. */
const clientCredentialSuffixes = new Set(["API_KEY", "SECRET_KEY", "CLIENT_SECRET", "ACCESS_TOKEN", "API_TOKEN"]);

/** Stripe publishable keys, Mapbox public tokens, PostHog project keys (write-only ingestion keys shipped to browsers). */
const publicCredentialPatterns: readonly RegExp[] = [/^pk_(?:live|test)_[0-9A-Za-z]+$/, /^pk\.[A-Za-z0-9._-]+$/, /^phc_[0-9A-Za-z]+$/];

/** Credentials built to be public: Stripe publishable keys, Mapbox public tokens, PostHog project keys, Supabase anon JWTs. */
export function isPublicCredential(value: string): boolean {
  if (publicCredentialPatterns.some((pattern) => pattern.test(value))) return true;
  return /^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(value) && jwtClaim(value, "role") === "anon";
}

/** The shortest credential of a known format (a connection URL with a one-letter password and host). */
const shortestKnownSecret = 12;

/**
 * `value` (a decoded string, never source text) with every credential of a known format in it shown as its preview:
 * how route paths and other values the model keeps from literals are stored, so no summary, cache or message
 * built from them holds one.
 */
export function redactSecretsIn(value: string): string {
  if (value.length < shortestKnownSecret) return value;
  let shown = "";
  let rest = value;
  for (let match = findSecretFormat(rest); match; match = findSecretFormat(rest)) {
    shown += rest.slice(0, match.start) + redact(rest.slice(match.start, match.end));
    rest = rest.slice(match.end);
  }
  return shown + rest;
}

/**
 * `tenants_s3_credentials_update`, `billing-sync-v2`, `OAUTH2_SLACK_CLIENT_SECRET`: three or more short words of one
 * case joined by `_`, `-`, `.` or `:` name a channel, a queue, a setting or a variable. A generator draws every
 * character independently; it does not stop at separators between words (`sk_live_` prefixes are followed by one long
 * random run, which fails the word test).
 */
function isWordSequence(text: string): boolean {
  const words = text.split(/[_.:-]/);
  if (words.length < 3) return false;
  // `OAUTH2_AIRTABLE_CLIENT_SECRET`, `Z2M_MQTT_PASSWORD_KEY`: the name of a setting or variable that holds a secret.
  const isSettingName = words.every((word) => /^[A-Z][A-Z\d]{0,15}$/.test(word) && (word.match(/\d/g)?.length ?? 0) <= 2);
  return isSettingName || words.every((word) => /^[a-z]{1,16}\d{0,2}$/.test(word));
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

const placeholderPatterns: readonly RegExp[] = [
  /^your[-_ ]?/i,
  /^<.*>$/s,
  /^\[.*\]$/s,
  /^\{\{.*\}\}$/s,
  /^\$\{.*\}$/s,
  /^%.*%$/,
  /x{3,}/i,
  /\*{3,}/,
  /\.{3}|…/,
  /(?:^|[-_ ])here$/i,
  /example|dummy|placeholder|sample|redacted|replace[-_ ]?(?:me|with)|change[-_ ]?me|insert[-_ ]|enter[-_ ]/i,
  /(?:^|[^a-z])(?:test|fake|mock)(?:[^a-z]|$)/i,
  // A value that says it stands for nothing (`just empty text`, `unset`, `blank-key`), or that no key is wanted where it
  // goes (`not-used`, `not-required` for a local model server that accepts any key).
  /(?:^|[^a-z])(?:empty|unset|blank|unused|not[-_ ]?(?:used|needed|required))(?:[^a-z]|$)/i,
  /^(.)\1+$/,
  // One character repeated between separators: a nil UUID (`00000000-0000-…`), `0000_0000`.
  /^([0-9a-z])(?:\1|[-_.:])*\1$/i,
  /^(?:null|undefined|none|n\/a|todo|tbd|secret|password|token|key)$/i,
];

/**
 * A vendor prefix followed by words and maybe a counter (`<prefix>-secret-bot-token-42`): a value a person wrote to look
 * like a key. A minted key's body is random letters and digits, which never all fall into short, pronounceable,
 * single-case pieces.
 */
export function isWordBuilt(value: string): boolean {
  const pieces = value.split(/[-_.]+/).filter(Boolean).slice(1);
  let words = 0;
  for (const piece of pieces) {
    if (/^\d{1,8}$/.test(piece)) continue;
    const word = /^([a-z]{2,12}|[A-Z][a-z]{1,11})\d{0,8}$/.exec(piece)?.[1];
    if (!word || !/[aeiouy]/i.test(word)) return false;
    words++;
  }
  return words >= 2;
}

/** Values written to be replaced (`your-api-key`, `<token>`, `xxx`, `sk_test_…`), never real credentials. */
export function isPlaceholder(value: string): boolean {
  return placeholderPatterns.some((pattern) => pattern.test(value));
}

/** Well-known weak secrets seen as defaults in tutorials; they only matter where a value is used as a key. */
const weakSecrets = new Set([
  "changeme",
  "change-me",
  "secret",
  "dev-secret",
  "devsecret",
  "keyboard cat",
  "password",
  "admin",
  "supersecret",
  "super-secret",
  "mysecret",
  "my-secret",
  "secretkey",
  "secret-key",
  "jwt-secret",
  "jwtsecret",
  "default",
  "123456",
  "password123",
  "letmein",
  "qwerty",
]);

export function isWeakSecret(value: string): boolean {
  return weakSecrets.has(value.trim().toLowerCase().replace(/_/g, "-")) || weakSecrets.has(value.trim().toLowerCase());
}

/** Weak secrets that are also everyday setting values (a build configuration called `default`, a role called `admin`). */
const everydayValues = new Set(["default", "admin"]);

/** A weak secret that says so without a secret-like name beside it: `"changeme"` is one anywhere, `"default"` is not. */
export function isWeakSecretOnItsOwn(value: string): boolean {
  return isWeakSecret(value) && !everydayValues.has(value.trim().toLowerCase());
}

/**
 * An on/off word (`"false"`, `"off"`): a fallback that only turns a feature on or off, whatever the variable is called
 * (`API_CLIENT_SHARE_TOKEN || "false"`). Digits stay flagged: `SIGNING_KEY || "1"` is a key anyone can guess.
 */
export function isSwitchValue(value: string): boolean {
  return /^(?:true|false|yes|no|on|off)$/i.test(value.trim());
}

const minimumRandomLength = 16;

/**
 * A literal that could be a generated credential: long enough, no spaces, not a placeholder, URL or path,
 * and random by its charset's standard (hex is allowed lower entropy; other text must mix letters and digits).
 */
export function looksRandom(value: string): boolean {
  const text = value.replace(/^(?:Bearer|Basic|Token)\s+/, "");
  if (text.length < minimumRandomLength || /\s/.test(text) || isPlaceholder(text) || isCountingRun(text)) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^(?:\.{0,2}\/|[A-Za-z]:\\)/.test(text)) return false;
  if (isWordSequence(text)) return false;
  const entropy = shannonEntropy(text);
  if (/^[0-9a-f-]+$/i.test(text)) return entropy >= 3 && /\d/.test(text) && /[a-f]/i.test(text);
  return entropy >= 3.5 && /\d/.test(text) && /[A-Za-z]/.test(text);
}

const secretWords = new Set(["secret", "secrets", "password", "passwd", "passphrase", "pwd", "pass", "token", "tokens", "apikey", "privatekey", "secretkey", "accesskey", "credential", "credentials"]);
/** Words that make a following "key" a credential (`apiKey`, `signingKey`); a bare `key` is usually a cache or map key. */
const keyQualifiers = new Set(["api", "private", "secret", "access", "signing", "sign", "encryption", "encrypt", "master", "service", "auth", "client", "app", "webhook", "session", "license", "server", "admin", "hmac", "jwt", "cookie", "crypto", "cipher", "role"]);
/** A last word that makes the name describe the secret rather than hold it (`tokenUrl`, `passwordMinLength`, `CREDENTIALS_ENABLED`). */
const describingWords = new Set(["url", "uri", "endpoint", "header", "headers", "name", "type", "length", "len", "exp", "expiry", "expires", "expiration", "ttl", "lifetime", "duration", "timeout", "in", "at", "field", "path", "file", "prefix", "suffix", "regex", "pattern", "label", "placeholder", "hint", "message", "msg", "error", "count", "version", "algorithm", "alg", "kind", "format", "mode", "id", "ids", "env", "var", "policy", "rounds", "min", "max", "hash", "hashed", "reset", "input", "param", "query", "cookie", "storage", "enabled", "disabled", "enable", "disable", "allowed", "required", "flag", "region", "role", "rate", "ratio", "percent", "percentage"]);
const publicWords = new Set(["public", "publishable", "anon"]);
/** Words that name a stand-in for a secret (`REDACTED_CREDENTIAL_VALUE`, `MASKED_TOKEN`): a marker both sides know, not the value. */
const standInWords = new Set(["redacted", "masked", "sentinel", "placeholder"]);

/** True for names that hold a credential: apiKey, clientSecret, JWT_SECRET, dbPassword, privateKey, accessToken. */
export function isSecretName(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (!last || describingWords.has(last) || words.some((word) => publicWords.has(word) || standInWords.has(word))) return false;
  return words.some((word, index) => secretWords.has(word) || (word === "key" && index > 0 && keyQualifiers.has(words[index - 1]!)));
}

/** Prefixes that bundlers inline into browser or app bundles. */
export const clientExposedPrefixes: readonly string[] = ["NEXT_PUBLIC_", "VITE_", "EXPO_PUBLIC_", "REACT_APP_", "NUXT_PUBLIC_", "GATSBY_", "PUBLIC_"];
/** Keys that vendors design to be shipped to clients and restrict by origin or row-level security instead, and a public demo account's. */
const publicByDesignWords = new Set(["publishable", "anon", "public", "site", "firebase", "maps", "recaptcha", "posthog", "mixpanel", "measurement", "search", "demo"]);

/**
 * Words that name a credential no client may hold. A client-exposed `…_API_KEY` or `…_WRITE_KEY` is how vendors hand
 * out browser keys (search-only, analytics ingestion, maps), restricted by origin or scope; a `…_SECRET`,
 * `…_PASSWORD`, `…_PRIVATE_KEY` or `…_TOKEN` under the prefix is a server credential shipped by mistake.
 */
const serverOnlyWords = new Set(["secret", "secrets", "password", "passwd", "passphrase", "pwd", "private", "privatekey", "secretkey", "token", "tokens", "credential", "credentials", "signing", "encryption", "master", "admin", "service", "hmac", "jwt", "session"]);

/** The prefix (`NEXT_PUBLIC_`, `VITE_`, …) when `envName` is one a bundler inlines into browser or app code. */
export function clientExposedPrefixIn(envName: string): string | undefined {
  return clientExposedPrefixes.find((candidate) => envName.startsWith(candidate));
}

/**
 * Client-exposed variables a browser library reads by its own documentation, keyed by the library: next-axiom ships
 * browser logs with `NEXT_PUBLIC_AXIOM_TOKEN` (an ingest token), so under that name the token is in the bundle by the
 * library's design and no server-side name would reach it.
 */
const libraryClientVariables: ReadonlyMap<string, readonly string[]> = new Map([["next-axiom", ["NEXT_PUBLIC_AXIOM_TOKEN"]]]);

/** The library that reads the client-exposed variable `envName` in the browser (`NEXT_PUBLIC_AXIOM_TOKEN` → next-axiom). */
export function browserLibraryReading(envName: string): string | undefined {
  for (const [library, names] of libraryClientVariables) if (names.includes(envName)) return library;
  return undefined;
}

/** The client-exposed prefix of a server-credential variable name (`NEXT_PUBLIC_STRIPE_SECRET_KEY` → `NEXT_PUBLIC_`). */
export function clientExposedPrefixOf(envName: string): string | undefined {
  const prefix = clientExposedPrefixIn(envName);
  if (!prefix) return undefined;
  const words = nameWords(envName.slice(prefix.length));
  if (words.some((word) => publicByDesignWords.has(word))) return undefined;
  return isSecretName(envName.slice(prefix.length)) && words.some((word) => serverOnlyWords.has(word)) ? prefix : undefined;
}

/** `stripeSecretKey` → `STRIPE_SECRET_KEY`; a header's `x-` goes (`x-api-key` → `API_KEY`). */
export function toEnvName(name: string): string {
  const words = nameWords(name);
  if (words[0] === "x" && words.length > 1) words.shift();
  return words.join("_").toUpperCase();
}

/** `OPENAI` + `apiKey` → `OPENAI_API_KEY`, without doubling a prefix the name already has. */
export function envNameWithPrefix(prefix: string | undefined, name: string): string {
  const base = toEnvName(name);
  if (!prefix || base === prefix || base.startsWith(prefix + "_")) return base;
  return `${prefix}_${base}`;
}

export interface SecretArgument {
  /** The member called on the import (`sign` for `jwt.sign`), "" for the import itself (`new Stripe(…)`). */
  member: string;
  index: number;
  envName: string;
  /** Signing/encryption keys: any literal here is a real key, however short or placeholder-like. */
  isKeyMaterial?: boolean;
}

export interface SecretVendor {
  id: string;
  /** The module the client comes from, or the local name when it is not imported (`jwt`, `crypto`). */
  module: RegExp;
  /** Prefix for names derived from option properties (`new OpenAI({ apiKey })` → OPENAI_API_KEY). */
  envPrefix: string;
  secretArguments?: readonly SecretArgument[];
  /**
   * Options whose value is a password however short, as paths into the options object: `password` (`new Pool({
   * password })`), `auth.pass` (nodemailer), `users.*` (any user's password); `auth` alone holds `user:password`
   * (`http.request({ auth })`).
   */
  credentialOptions?: readonly string[];
  /**
   * Options whose key the vendor hands to every visitor's browser (a maps loader writes it into a script URL, a
   * telemetry SDK sends its ingestion key from the page): the vendor restricts such a key by referrer or to writing
   * telemetry, not by secrecy.
   */
  browserKeyOptions?: readonly string[];
}

/** SDKs whose constructor, options or positional arguments take a credential. */
export const secretVendors: readonly SecretVendor[] = [
  { id: "stripe", module: /^stripe$/i, envPrefix: "STRIPE", secretArguments: [{ member: "", index: 0, envName: "STRIPE_SECRET_KEY" }] },
  { id: "openai", module: /^openai$/i, envPrefix: "OPENAI" },
  { id: "anthropic", module: /^@anthropic-ai\/sdk$|^anthropic$/i, envPrefix: "ANTHROPIC" },
  { id: "twilio", module: /^twilio$/i, envPrefix: "TWILIO", secretArguments: [{ member: "", index: 1, envName: "TWILIO_AUTH_TOKEN" }] },
  { id: "sendgrid", module: /^@sendgrid\/mail$|^sgMail$/, envPrefix: "SENDGRID", secretArguments: [{ member: "setApiKey", index: 0, envName: "SENDGRID_API_KEY" }] },
  { id: "resend", module: /^resend$/i, envPrefix: "RESEND", secretArguments: [{ member: "", index: 0, envName: "RESEND_API_KEY" }] },
  {
    id: "supabase",
    module: /@supabase\/(?:supabase-js|ssr)/,
    envPrefix: "SUPABASE",
    secretArguments: [{ member: "", index: 1, envName: "SUPABASE_SERVICE_ROLE_KEY" }],
  },
  { id: "aws", module: /^@aws-sdk\/|^aws-sdk$/, envPrefix: "AWS", credentialOptions: ["secretAccessKey", "sessionToken"] },
  {
    id: "jsonwebtoken",
    module: /^jsonwebtoken$|^jwt$/,
    envPrefix: "JWT",
    secretArguments: [
      { member: "sign", index: 1, envName: "JWT_SECRET", isKeyMaterial: true },
      { member: "verify", index: 1, envName: "JWT_SECRET", isKeyMaterial: true },
    ],
  },
  { id: "fastify-jwt", module: /^@fastify\/jwt$|^fastify-jwt$|^fastifyJwt$/, envPrefix: "JWT" },
  { id: "express-jwt", module: /^express-jwt$|^expressjwt$/, envPrefix: "JWT" },
  { id: "passport-jwt", module: /^passport-jwt$/, envPrefix: "JWT" },
  { id: "hono-jwt", module: /^hono\/jwt$/, envPrefix: "JWT" },
  { id: "nestjs-jwt", module: /^@nestjs\/jwt$/, envPrefix: "JWT" },
  { id: "auth-js", module: /^next-auth(?:\/|$)|^@auth\//, envPrefix: "AUTH" },
  { id: "express-session", module: /^express-session$|^session$/, envPrefix: "SESSION" },
  { id: "cookie-session", module: /^cookie-session$|^cookieSession$/, envPrefix: "SESSION" },
  {
    id: "cookie-parser",
    module: /^cookie-parser$|^cookieParser$/,
    envPrefix: "COOKIE",
    secretArguments: [{ member: "", index: 0, envName: "COOKIE_SECRET", isKeyMaterial: true }],
  },
  {
    id: "crypto",
    module: /^(?:node:)?crypto$/,
    envPrefix: "CRYPTO",
    secretArguments: [
      { member: "createHmac", index: 1, envName: "HMAC_SECRET", isKeyMaterial: true },
      { member: "createCipheriv", index: 1, envName: "ENCRYPTION_KEY", isKeyMaterial: true },
      { member: "createDecipheriv", index: 1, envName: "ENCRYPTION_KEY", isKeyMaterial: true },
    ],
  },
  { id: "pg", module: /^pg$|^postgres$/, envPrefix: "PG", credentialOptions: ["password"] },
  { id: "mysql", module: /^mysql2?(?:\/promise)?$|^mariadb$/, envPrefix: "MYSQL", credentialOptions: ["password"] },
  { id: "mssql", module: /^mssql$|^tedious$/, envPrefix: "MSSQL", credentialOptions: ["password"] },
  { id: "orm", module: /^knex$|^sequelize$|^typeorm$|^@mikro-orm\//, envPrefix: "DB", credentialOptions: ["password"] },
  { id: "mongodb", module: /^mongodb$|^mongoose$/, envPrefix: "MONGO", credentialOptions: ["password"] },
  { id: "redis", module: /^ioredis$|^redis$|^@redis\/client$/, envPrefix: "REDIS", credentialOptions: ["password"] },
  { id: "amqp", module: /^amqplib(?:\/callback_api)?$/, envPrefix: "AMQP", credentialOptions: ["password"] },
  { id: "nodemailer", module: /^nodemailer$/, envPrefix: "SMTP", credentialOptions: ["auth.pass", "auth.password"] },
  { id: "http-client", module: /^(?:node:)?https?$|^axios$|^got$|^superagent$|^request$/, envPrefix: "HTTP", credentialOptions: ["auth", "auth.password"] },
  {
    id: "google-maps-loader",
    module: /^@react-google-maps\/api$|^@googlemaps\/js-api-loader$/,
    envPrefix: "GOOGLE_MAPS",
    browserKeyOptions: ["googleMapsApiKey", "apiKey"],
  },
  // HyperDX has one kind of ingestion key, and its browser SDK hands it to every visitor: it only writes telemetry.
  { id: "hyperdx", module: /^@hyperdx\//, envPrefix: "HYPERDX", browserKeyOptions: ["apiKey"] },
  { id: "basic-auth", module: /^express-basic-auth$|^koa-basic-auth$|^@fastify\/basic-auth$|^hono\/basic-auth$/, envPrefix: "BASIC_AUTH", credentialOptions: ["users.*", "password"] },
];

export function vendorOfModule(module: string): SecretVendor | undefined {
  // Asked at every call with the callee's module (or its receiver's name): a file names the same few again and again.
  return remembered(vendorsByModule, module, () => secretVendors.find((vendor) => vendor.module.test(module)));
}

const vendorsByModule = new Map<string, SecretVendor | undefined>();

/** The credential a call to `callee` (see `calleeModuleOf`) takes at argument `index` (`jwt.sign(payload, key)` → JWT_SECRET). */
export function secretArgumentAt(callee: { module?: string; member: string }, index: number): SecretArgument | undefined {
  if (callee.module === undefined) return undefined;
  return vendorOfModule(callee.module)?.secretArguments?.find((candidate) => candidate.member === callee.member && candidate.index === index);
}

/**
 * A literal given to a credential option of `vendor` (see `credentialOptions`), by the option names from the literal
 * outwards (`["pass", "auth"]` for `{ auth: { pass } }`): a password a person chose, however short, unless it is a
 * stand-in (`password`, `${DB_PASSWORD}`) or `user:password` text without a real password.
 */
export function isCredentialOptionValue(vendor: SecretVendor, optionPath: readonly string[], value: string): boolean {
  const option = vendor.credentialOptions?.find((candidate) =>
    candidate
      .split(".")
      .reverse()
      .every((segment, index) => optionPath[index] !== undefined && (segment === "*" || segment === optionPath[index])),
  );
  if (option === undefined) return false;
  if (option === "auth") {
    const separator = value.indexOf(":");
    return separator > 0 && isRealPassword(value.slice(separator + 1));
  }
  return isRealPassword(value);
}

/** Option names whose value is a signing or session key when passed to a known library (`session({ secret })`). */
export const keyMaterialOptions: ReadonlySet<string> = new Set(["secret", "secretOrKey", "secretOrPrivateKey", "jwtSecret", "sessionSecret", "cookieSecret", "signingKey", "signingSecret"]);

/**
 * Keys typed by counting (`abcdefgh…`, `0123456789…`): more than a third of neighbouring characters step up by one,
 * which a generated key does about once in sixty, or eight in a row.
 */
export function isCountingRun(text: string): boolean {
  let steps = 0;
  let run = 0;
  let longestRun = 0;
  for (let index = 1; index < text.length; index++) {
    const isStep = text.charCodeAt(index) === text.charCodeAt(index - 1) + 1;
    if (isStep) steps++;
    run = isStep ? run + 1 : 0;
    longestRun = Math.max(longestRun, run);
  }
  // Eight characters counted in a row (`abcdefgh`, `12345678`) turn up in a generated key about once in 10^12.
  return text.length > 8 && (steps / (text.length - 1) > 1 / 3 || longestRun >= 7);
}

export function hasVariety(text: string): boolean {
  return new Set(text).size >= Math.min(8, Math.ceil(text.length / 3));
}

/** Passwords that are the name of a password or a reference to one (`pass`, `${DB_PASSWORD}`, `$PASS`, `%s`, `:password`). */
const passwordStandIns = new Set(["pass", "password", "passwd", "pwd", "pw", "secret", "pass123", "password123", "changeme", "user", "username", "admin", "root", "guest", "test", "foo", "bar", "baz", "qwerty", "letmein"]);

function isRealPassword(password: string): boolean {
  if (password.length < 4 || /^[$%:{<]|\$\{|\{\{/.test(password) || isPlaceholder(password)) return false;
  return !passwordStandIns.has(password.toLowerCase());
}

/** `scheme://user:password@host` whose password is not a stand-in and whose host is not local or a documentation domain. */
function hasRealUrlPassword(url: string): boolean {
  const match = /^[^:]+:\/\/([^:@/\s]*):([^@/\s]+)@([^/:?#,\s]+)/.exec(url);
  if (!match) return false;
  const [, user, rawPassword, host] = match as unknown as [string, string, string, string];
  const password = safeDecode(rawPassword);
  if (isLocalHost(host) || /(?:^|\.)(?:example|test|invalid|localhost|local)(?:\.[a-z]+)?$/i.test(host) || isPlaceholder(host)) return false;
  return password !== user && isRealPassword(password);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `NAME=value` in dotenv text: a secret name with a random value, or a provider's name with its documented shape. */
function isDotenvSecret(name: string, value: string): boolean {
  if (findNamedSecretFormat(value, name)) return true;
  return isSecretName(name) && looksRandom(value);
}
