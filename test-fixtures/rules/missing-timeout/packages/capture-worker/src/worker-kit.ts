type Handler = (request: Request) => Promise<Response>;

export function workerFrom(handle: Handler): { fetch: Handler } {
  return { fetch: handle };
}
