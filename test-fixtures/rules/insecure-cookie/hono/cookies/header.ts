import { cookieAttributes } from "./attributes";

export function refreshHeaders(token: string, local: boolean): Headers {
  const headers = new Headers();
  // ok: insecure-cookie -- the attribute list is built by a helper, which may set every flag
  headers.append("Set-Cookie", `refresh_token=${token}; ${cookieAttributes()}`);
  // expect: insecure-cookie
  headers.append("Set-Cookie", `session_token=${token}; Path=/; Max-Age=3600`);
  if (local) {
    // ok: insecure-cookie -- only in local mode, which production never runs
    headers.append("Set-Cookie", `local_session=${token}; Path=/`);
  }
  if (process.env.NODE_ENV === "production") {
    // expect: insecure-cookie
    headers.append("Set-Cookie", `prod_session=${token}; Path=/; HttpOnly`);
  }
  return headers;
}
