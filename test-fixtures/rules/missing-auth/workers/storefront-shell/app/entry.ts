// The Worker entry of a React Router app: every request goes to the framework, whose route modules (loaders, actions)
// are the routes and carry their own checks.
import { createRequestHandler } from "react-router";

const dispatch = createRequestHandler(() => import("./build/server"), "production");

export default {
  // ok: missing-auth -- hands the request as it came to React Router's build, whose route modules are judged as routes
  async fetch(request: Request, env: unknown, ctx: unknown) {
    return dispatch(request, { cloudflare: { env, ctx } });
  },
};
