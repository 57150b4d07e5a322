import { OpenAPIHandler } from "@orpc/openapi/fetch";
import { quizRouter } from "../../../lib/router";
import { readSession } from "../../../lib/session";

const openApi = new OpenAPIHandler(quizRouter);

async function serve(request: Request) {
  const { matched, response } = await openApi.handle(request, {
    prefix: "/api",
    context: { currentPlayer: () => readSession(request) },
  });
  return matched ? response : new Response("Not found", { status: 404 });
}

export const GET = serve;
// ok: missing-auth -- the file only hands the request to the oRPC router: each procedure's builder decides its auth
export const POST = serve;
export const DELETE = serve;
