declare const db: { user: { count(): Promise<number> }; invite: { exists(code: string, secret: string): Promise<boolean> } };

/** The driver's `ssl` option: TLS options when a CA is configured, `true` to use the system CAs, else no TLS. */
export const databaseTls = () => {
  if (process.env.PG_CA_BASE64) {
    return {
      rejectUnauthorized: process.env.PG_REJECT_UNAUTHORIZED === "true",
      ca: Buffer.from(process.env.PG_CA_BASE64, "base64"),
    };
    // ok: fail-open-auth -- a database TLS option getter: `true` turns TLS on, it admits no request
  } else if (process.env.PG_TLS === "true") {
    return true;
  }
  return undefined;
};

/** Whether a new account may be created: unset means the hosted default of open sign-up. */
export async function mayCreateAccount(): Promise<boolean> {
  // ok: fail-open-auth -- a sign-up policy switch, only ever compared with constants; it keys no credential check
  if (process.env.OPEN_SIGNUP === undefined) return true;
  if ((await db.user.count()) === 0) return true;
  return process.env.OPEN_SIGNUP !== "false";
}

/** Whether an invite code is genuine: the code is checked against the configured invite secret. */
export async function isGenuineInvite(code: string): Promise<boolean> {
  // expect: fail-open-auth
  if (process.env.INVITE_SECRET === undefined) return true;
  if ((await db.user.count()) === 0) return true;
  return db.invite.exists(code, process.env.INVITE_SECRET);
}

/** Service callers send the shared token; without one configured, every caller passes. */
export function isServiceCaller(headers: Headers): boolean {
  // expect: fail-open-auth
  if (!process.env.SERVICE_TOKEN) return true;
  return headers.get("authorization") === `Bearer ${process.env.SERVICE_TOKEN}`;
}
