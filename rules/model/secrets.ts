// What a credential looks like, as data: known token formats, entropy, placeholders, secret-like names and
// the SDKs whose arguments carry secrets. Pure string logic; it never sees a node and never prints a value.

import { redact } from "./previews.js";
import { nameWords } from "./syntax.js";

export interface SecretFormat {
  id: string;
  /** Reads after "holds": "a Stripe live secret key". */
  description: string;
  /** Searched inside the literal (not anchored), so `"Bearer ghp_…"` matches too. */
  pattern: RegExp;
  /** Rejects matches that have the shape but are not credentials (documentation examples, public tokens). */
  isValid?: (match: string) => boolean;
  /** The conventional variable name when the code gives no better one. */
  envName: string;
  /**
   * Minted by anyone (PEM keys, JWTs, connection URLs) rather than issued by a vendor: tests make their own, so in
   * test code only vendor-issued formats count.
   */
  isSelfMinted?: boolean;
}

export interface FormatMatch {
  format: SecretFormat;
  /** Offsets of the credential inside the literal's value. */
  start: number;
  end: number;
}

const connectionSchemes = "postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver|cockroachdb";
const localHosts = new Set(["localhost", "127.0.0.1", "0.0.0.0", "::1", "[::1]", "host.docker.internal"]);

/** Order matters: the first format that matches a literal describes it (Anthropic's `sk-ant-` before OpenAI's `sk-`). */
export const secretFormats: readonly SecretFormat[] = [
  {
    id: "pem-private-key",
    description: "a PEM private key",
    pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[^-]*-----|$)/,
    isValid: (match) => /[A-Za-z0-9+/=]{40,}/.test(match.replace(/\s+/g, "")) && !/\.{3}|…/.test(match),
    envName: "PRIVATE_KEY",
    isSelfMinted: true,
  },
  {
    id: "aws-access-key-id",
    description: "an AWS access key id",
    pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/,
    isValid: (match) => !match.endsWith("EXAMPLE") && hasVariety(match.slice(4)),
    envName: "AWS_ACCESS_KEY_ID",
  },
  {
    id: "stripe-secret-key",
    description: "a Stripe live secret key",
    pattern: /\b(?:sk|rk)_live_[0-9A-Za-z]{24,}\b/,
    isValid: (match) => hasVariety(match.slice(8)),
    envName: "STRIPE_SECRET_KEY",
  },
  {
    id: "github-token",
    description: "a GitHub token",
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})\b/,
    isValid: (match) => hasVariety(match.slice(4)),
    envName: "GITHUB_TOKEN",
  },
  {
    id: "slack-token",
    description: "a Slack token",
    pattern: /\bxox[abposr]-[0-9A-Za-z-]{10,}\b/,
    isValid: (match) => /\d/.test(match) && hasVariety(match.slice(5)),
    envName: "SLACK_TOKEN",
  },
  {
    id: "google-api-key",
    description: "a Google API key",
    pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/,
    isValid: (match) => hasVariety(match.slice(4)),
    envName: "GOOGLE_API_KEY",
  },
  {
    id: "anthropic-api-key",
    description: "an Anthropic API key",
    pattern: /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{32,}/,
    isValid: (match) => hasVariety(match.slice(14)),
    envName: "ANTHROPIC_API_KEY",
  },
  {
    id: "openai-api-key",
    description: "an OpenAI API key",
    pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,}/,
    isValid: (match) => !match.startsWith("sk-ant-") && /\d/.test(match) && hasVariety(match.slice(3)),
    envName: "OPENAI_API_KEY",
  },
  {
    id: "twilio-api-key",
    description: "a Twilio API key",
    pattern: /\bSK[0-9a-f]{32}\b/,
    isValid: (match) => hasVariety(match.slice(2)),
    envName: "TWILIO_API_KEY",
  },
  {
    id: "sendgrid-api-key",
    description: "a SendGrid API key",
    pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
    envName: "SENDGRID_API_KEY",
  },
  {
    id: "supabase-service-role-key",
    description: "a Supabase service-role key",
    pattern: /\beyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{16,}/,
    isValid: (match) => jwtClaim(match, "role") === "service_role",
    envName: "SUPABASE_SERVICE_ROLE_KEY",
  },
  {
    id: "jwt",
    description: "a signed JWT",
    pattern: /\beyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{16,}/,
    // Supabase anon keys are JWTs built to ship to browsers; the jwt.io sample is printed in every tutorial.
    isValid: (match) => jwtClaim(match, "alg", 0) !== undefined && jwtClaim(match, "role") !== "anon" && !isPublicSampleJwt(match),
    envName: "JWT",
    isSelfMinted: true,
  },
  {
    id: "connection-url-password",
    description: "a connection URL with an embedded password",
    pattern: new RegExp(`\\b(?:${connectionSchemes})://[^\\s'"\`]+`),
    isValid: hasRealUrlPassword,
    envName: "DATABASE_URL",
    isSelfMinted: true,
  },
];

/** The first known credential format found in `value`, if any. */
export function findSecretFormat(value: string): FormatMatch | undefined {
  for (const format of secretFormats) {
    const match = format.pattern.exec(value);
    if (!match || (format.isValid && !format.isValid(match[0]))) continue;
    // A PEM body is long random base64 that can contain "xxx" by chance; its own check covers placeholders.
    if (format.id !== "pem-private-key" && (isPlaceholder(match[0]) || isCountingRun(match[0]) || isWordBuilt(match[0]))) continue;
    return { format, start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

/**
 * The vendor-issued format conventionally held by `envName` (`STRIPE_SECRET_KEY` → Stripe live keys). Only the vendor can
 * mint such a value, so a fallback that is not in its format is accepted by nobody: no key leaks and no door opens.
 */
export function vendorFormatHeldBy(envName: string): SecretFormat | undefined {
  return secretFormats.find((format) => !format.isSelfMinted && format.envName === envName);
}

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
  /example|dummy|placeholder|sample|redacted|replace[-_ ]?me|change[-_ ]?me|insert[-_ ]|enter[-_ ]/i,
  /(?:^|[^a-z])(?:test|fake|mock)(?:[^a-z]|$)/i,
  /^(.)\1+$/,
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

const minimumRandomLength = 16;

/**
 * A literal that could be a generated credential: long enough, no spaces, not a placeholder, URL or path,
 * and random by its charset's standard (hex is allowed lower entropy; other text must mix letters and digits).
 */
export function looksRandom(value: string): boolean {
  const text = value.replace(/^(?:Bearer|Basic|Token)\s+/, "");
  if (text.length < minimumRandomLength || /\s/.test(text) || isPlaceholder(text) || isCountingRun(text)) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^(?:\.{0,2}\/|[A-Za-z]:\\)/.test(text)) return false;
  const entropy = shannonEntropy(text);
  if (/^[0-9a-f-]+$/i.test(text)) return entropy >= 3 && /\d/.test(text) && /[a-f]/i.test(text);
  return entropy >= 3.5 && /\d/.test(text) && /[A-Za-z]/.test(text);
}

const secretWords = new Set(["secret", "secrets", "password", "passwd", "passphrase", "pwd", "pass", "token", "tokens", "apikey", "privatekey", "secretkey", "accesskey", "credential", "credentials"]);
/** Words that make a following "key" a credential (`apiKey`, `signingKey`); a bare `key` is usually a cache or map key. */
const keyQualifiers = new Set(["api", "private", "secret", "access", "signing", "sign", "encryption", "encrypt", "master", "service", "auth", "client", "app", "webhook", "session", "license", "server", "admin", "hmac", "jwt", "cookie", "crypto", "cipher", "role"]);
/** A last word that makes the name describe the secret rather than hold it (`tokenUrl`, `passwordMinLength`). */
const describingWords = new Set(["url", "uri", "endpoint", "header", "headers", "name", "type", "length", "len", "expiry", "expires", "expiration", "ttl", "in", "at", "field", "path", "file", "prefix", "suffix", "regex", "pattern", "label", "placeholder", "hint", "message", "msg", "error", "count", "version", "algorithm", "alg", "kind", "format", "mode", "id", "ids", "env", "var", "policy", "rounds", "min", "max", "hash", "hashed", "reset", "input", "param", "query", "cookie", "storage"]);
const publicWords = new Set(["public", "publishable", "anon"]);

/** True for names that hold a credential: apiKey, clientSecret, JWT_SECRET, dbPassword, privateKey, accessToken. */
export function isSecretName(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (!last || describingWords.has(last) || words.some((word) => publicWords.has(word))) return false;
  return words.some((word, index) => secretWords.has(word) || (word === "key" && index > 0 && keyQualifiers.has(words[index - 1]!)));
}

/** Prefixes that bundlers inline into browser or app bundles. */
export const clientExposedPrefixes: readonly string[] = ["NEXT_PUBLIC_", "VITE_", "EXPO_PUBLIC_", "REACT_APP_", "NUXT_PUBLIC_", "GATSBY_", "PUBLIC_"];
/** Keys that vendors design to be shipped to clients and restrict by origin or row-level security instead. */
const publicByDesignWords = new Set(["publishable", "anon", "public", "site", "firebase", "maps", "recaptcha", "posthog", "measurement", "search"]);

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
  { id: "aws", module: /^@aws-sdk\/|^aws-sdk$/, envPrefix: "AWS" },
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
  { id: "pg", module: /^pg$|^postgres$/, envPrefix: "PG" },
  { id: "mysql", module: /^mysql2?(?:\/promise)?$/, envPrefix: "MYSQL" },
];

export function vendorOfModule(module: string): SecretVendor | undefined {
  return secretVendors.find((vendor) => vendor.module.test(module));
}

/** The credential a call to `callee` (see `calleeModuleOf`) takes at argument `index` (`jwt.sign(payload, key)` → JWT_SECRET). */
export function secretArgumentAt(callee: { module?: string; member: string }, index: number): SecretArgument | undefined {
  if (callee.module === undefined) return undefined;
  return vendorOfModule(callee.module)?.secretArguments?.find((candidate) => candidate.member === callee.member && candidate.index === index);
}

/** Option names whose value is a signing or session key when passed to a known library (`session({ secret })`). */
export const keyMaterialOptions: ReadonlySet<string> = new Set(["secret", "secretOrKey", "secretOrPrivateKey", "jwtSecret", "sessionSecret", "cookieSecret", "signingKey", "signingSecret"]);

/**
 * Keys typed by counting (`abcdefgh…`, `0123456789…`): more than a third of neighbouring characters step up by one,
 * which a generated key does about once in sixty.
 */
export function isCountingRun(text: string): boolean {
  let steps = 0;
  for (let index = 1; index < text.length; index++) if (text.charCodeAt(index) === text.charCodeAt(index - 1) + 1) steps++;
  return text.length > 8 && steps / (text.length - 1) > 1 / 3;
}

/** The sample token jwt.io and countless tutorials print (subject 1234567890, John Doe): public, never a credential. */
function isPublicSampleJwt(token: string): boolean {
  return jwtClaim(token, "sub") === "1234567890" && jwtClaim(token, "name") === "John Doe";
}

function hasVariety(text: string): boolean {
  return new Set(text).size >= Math.min(8, Math.ceil(text.length / 3));
}

function jwtClaim(token: string, claim: string, part = 1): unknown {
  const segment = token.split(".")[part];
  if (!segment) return undefined;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
    return decoded && typeof decoded === "object" ? (decoded as Record<string, unknown>)[claim] : undefined;
  } catch {
    return undefined;
  }
}

function hasRealUrlPassword(url: string): boolean {
  const match = /^[^:]+:\/\/([^:@/]*):([^@/]+)@([^/:?#,]+)/.exec(url);
  if (!match) return false;
  const [, user, password, host] = match as unknown as [string, string, string, string];
  if (localHosts.has(host.toLowerCase()) || /^\$\{|^\$[A-Z_]/.test(password) || isPlaceholder(password)) return false;
  return password !== user && password.length >= 4;
}
