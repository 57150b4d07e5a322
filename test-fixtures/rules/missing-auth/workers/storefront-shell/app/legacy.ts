import { createRequestHandler } from "@remix-run/cloudflare";
import * as build from "./build/server";

const handleShopRequest = createRequestHandler(build as never);

export default {
  // ok: missing-auth -- the Remix build answers; this entry only catches what it throws
  async fetch(request: Request) {
    try {
      return await handleShopRequest(request, {});
    } catch {
      return new Response("Something broke", { status: 500 });
    }
  },
};
