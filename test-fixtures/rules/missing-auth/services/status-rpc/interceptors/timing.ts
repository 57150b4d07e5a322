import type { Interceptor } from "@connectrpc/connect";

/** Logs how long each call took; lets every call through. */
export function timingInterceptor(): Interceptor {
  return (next) => async (req) => {
    const started = Date.now();
    const response = await next(req);
    console.info(req.method.name, Date.now() - started);
    return response;
  };
}
