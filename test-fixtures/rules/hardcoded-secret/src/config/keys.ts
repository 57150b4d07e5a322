// Start-up configuration of the keys this service signs and encrypts with.
const isProduction = process.env.NODE_ENV === "production";

// ok: hardcoded-secret -- the next statement refuses the development key in production
export const SIGNING_KEY = process.env.SIGNING_KEY || "dev";
if (isProduction && SIGNING_KEY === "dev") {
  throw new Error("Set SIGNING_KEY to a long random string in production.");
}

// expect: hardcoded-secret
export const ARCHIVE_SECRET = process.env.ARCHIVE_SECRET || "local-archive-secret";
if (isProduction && !ARCHIVE_SECRET) console.warn("ARCHIVE_SECRET is not set");

// ok: hardcoded-secret -- the role a generated key gets, not a credential
export const GENERATED_KEY_ROLE = process.env.GENERATED_KEY_ROLE || "readonly";
