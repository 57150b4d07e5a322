// Settings getters next to an auth helper: only the helper decides who gets in.

export function databaseTls() {
  if (process.env.DB_CA_PEM) {
    return { ca: Buffer.from(process.env.DB_CA_PEM, "base64"), rejectUnauthorized: process.env.DB_TLS_STRICT === "true" };
  }
  // ok: fail-open-auth -- `true` turns TLS on for the database client; beside the TLS settings object it admits no one
  if (process.env.DB_TLS === "true") {
    return true;
  }
  return undefined;
}

export function serviceKeyMatches(sentKey: string | undefined) {
  // expect: fail-open-auth
  if (!process.env.SERVICE_API_KEY) return true;
  return sentKey === process.env.SERVICE_API_KEY;
}
