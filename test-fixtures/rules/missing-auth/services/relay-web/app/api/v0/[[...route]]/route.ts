import { publicApi } from "../../../../lib/public-api";

// A project function of the same name proves nothing: it is not Hono's adapter.
function handle(app: { fetch(request: Request): Response | Promise<Response> }) {
  return (request: Request) => app.fetch(request);
}

// expect: missing-auth
export const POST = handle(publicApi);
