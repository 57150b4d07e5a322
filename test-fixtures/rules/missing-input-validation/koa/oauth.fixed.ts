// An OAuth token endpoint reads one parameter itself and hands the whole body to the OAuth library, which reads the
// protocol's other parameters (grant_type, code, redirect_uri, code_verifier...): the schema lets them through.
import Koa from "koa";
import Router from "@koa/router";
import { OAuthRequest, oauthServer } from "../lib/oauth";

const app = new Koa();
const router = new Router();

router.post("/oauth/token", async (ctx) => {
  const clientId = ctx.request.body.client_id;
  if (!clientId) ctx.throw(400, "client_id is required");
  // expect: missing-input-validation
  ctx.body = await oauthServer.token(new OAuthRequest({ method: ctx.method, headers: ctx.headers, body: ctx.request.body }));
});

app.use(router.routes());

export default app;
