// koa-bodyparser takes JSON and urlencoded forms alike by default: the schema accepts each field the way either arrives
// (an amount as a number or its text, a flag as a boolean or the text "true"), so a plain HTML form still posts.
import Koa from "koa";
import Router from "@koa/router";
import bodyParser from "koa-bodyparser";
import { db } from "../lib/db";

const app = new Koa();
const router = new Router({ prefix: "/campaigns" });

router.post("/:id/pledges", async (ctx) => {
  // expect: missing-input-validation
  const pledge = ctx.request.body as { amount: number; publicName: string; recurring: boolean };
  if (pledge.amount < 1) ctx.throw(422, "a pledge is at least 1");
  ctx.body = await db.pledge.create({ data: { campaignId: ctx.params.id, amount: pledge.amount, publicName: pledge.publicName.trim(), recurring: pledge.recurring === true } });
  ctx.status = 201;
});

app.use(bodyParser());
app.use(router.routes());

export default app;
