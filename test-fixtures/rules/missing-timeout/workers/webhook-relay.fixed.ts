interface Env {
  TARGET_URL: string;
  AUDIT_URL: string;
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms));
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const body = await request.text();
    // ok: missing-timeout -- raced against a timer
    ctx.waitUntil(Promise.race([fetch(env.AUDIT_URL, { method: "POST", body }), timeout(2_000)]));
    // expect: missing-timeout
    return fetch(env.TARGET_URL, { method: "POST", body, headers: request.headers, signal: AbortSignal.timeout(30_000) });
  },
};
