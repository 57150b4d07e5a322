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
