/** Logs how long the handler took; admits everyone. */
export const withTiming = (handler: (request: Request) => Promise<Response>) => async (request: Request) => {
  const started = Date.now();
  const response = await handler(request);
  console.info(`${request.method} ${new URL(request.url).pathname} ${Date.now() - started}ms`);
  return response;
};
