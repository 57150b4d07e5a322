// The default fetcher of an API SDK: the SDK builds each Request, with its timeout signal, before calling it.
type Fetcher = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

export const defaultFetcher: Fetcher = (input, init) => {
  // ok: missing-timeout -- `input` may be a Request carrying its own signal, which is not visible here
  if (init == null) return fetch(input);
  return fetch(input, init);
};

export function send(request: Request): Promise<Response> {
  // ok: missing-timeout -- a Request object carries its own signal
  return fetch(request);
}

export function sendWithDeadline(url: string): Promise<Response> {
  // ok: missing-timeout -- the signal travels inside the Request
  return fetch(new Request(url, { signal: AbortSignal.timeout(5_000) }));
}

export function download(url: string): Promise<Response> {
  // expect: missing-timeout
  return fetch(url);
}
