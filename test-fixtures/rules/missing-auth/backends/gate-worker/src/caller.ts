export interface Caller {
  email: string;
}

/** The signed-in caller the edge proxy vouches for, or the 401 to send back when there is none. */
export async function callerOrRefusal(headers: Headers, env: { PROXY_SHARED_SECRET: string }): Promise<Caller | Response> {
  const token = headers.get("authorization");
  if (!token || token !== `Bearer ${env.PROXY_SHARED_SECRET}`) {
    return new Response("sign in through the proxy", { status: 401 });
  }
  return { email: headers.get("x-proxy-email") ?? "" };
}

/** The caller's preferred language, or a 400 when the header is malformed. */
export async function localeOrProblem(headers: Headers): Promise<string | Response> {
  const locale = headers.get("accept-language");
  if (locale && !/^[a-z-]+$/i.test(locale)) return new Response("bad locale", { status: 400 });
  return locale ?? "en";
}

export type Checked<T> = { ok: true; value: T } | { ok: false; response: Response };

/** The caller behind a bearer key, or a failed result carrying the 401 to answer with. */
export async function checkCaller(c: { req: { header(name: string): string | undefined }; env: { PROXY_SHARED_SECRET: string } }): Promise<Checked<Caller>> {
  const sent = c.req.header("authorization");
  if (sent !== `Bearer ${c.env.PROXY_SHARED_SECRET}`) return { ok: false, response: new Response("bearer key required", { status: 401 }) };
  return { ok: true, value: { email: c.req.header("x-proxy-email") ?? "" } };
}

/** The page size asked for, or a failed result carrying a 400: it says nothing about who is asking. */
export async function checkPaging(c: { req: { query(name: string): string | undefined } }): Promise<Checked<number>> {
  const size = Number(c.req.query("size") ?? "20");
  if (!Number.isInteger(size) || size > 100) return { ok: false, response: new Response("bad page size", { status: 400 }) };
  return { ok: true, value: size };
}
