// An OAuth token endpoint reads one parameter itself and hands the whole body to the OAuth library, which reads the
// protocol's other parameters (grant_type, code, redirect_uri, code_verifier...): the schema lets them through.
import Koa from "koa";
import Router from "@koa/router";
import { OAuthRequest, oauthServer } from "../lib/oauth";
import { z } from "zod";

const app = new Koa();
const router = new Router();

// ctx.request.body is also passed on whole: fields not listed here pass through unchecked.
const createTokenBody = z.object({ client_id: z.any().optional() }).passthrough();

router.post("/oauth/token", async (ctx) => {
  const parsed = createTokenBody.safeParse(ctx.request.body);
  if (!parsed.success) {
    ctx.status = 400;
    ctx.body = { error: parsed.error.flatten() };
    return;
  }
  const clientId = parsed.data.client_id;
  if (!clientId) ctx.throw(400, "client_id is required");
  // expect: missing-input-validation
  ctx.body = await oauthServer.token(new OAuthRequest({ method: ctx.method, headers: ctx.headers, body: parsed.data }));
});

app.use(router.routes());

export default app;
