import Koa from "koa";
import Router from "@koa/router";
import bodyParser from "koa-bodyparser";
import { z } from "zod";
import { db } from "../lib/db";

const app = new Koa();
const router = new Router({ prefix: "/articles" });

const createArticleBody = z.object({ title: z.string().min(1), body: z.string() }).strict();

router.post("/:slug/comments", async (ctx) => {
  // expect: missing-input-validation
  const { author, text } = ctx.request.body as { author: string; text: string };
  if (text.length > 5000) ctx.throw(413, "comment too long");
  ctx.body = await db.comment.create({ data: { author, text, articleSlug: ctx.params.slug } });
  ctx.status = 201;
});

// ok: missing-input-validation -- parsed with zod before use
router.post("/", async (ctx) => {
  const input = createArticleBody.parse(ctx.request.body);
  ctx.body = await db.article.create({ data: input });
  ctx.status = 201;
});

router.get("/", async (ctx) => {
  // expect: missing-input-validation
  ctx.body = await db.article.findMany({ where: { authorId: ctx.query.author as string } });
});

app.use(bodyParser());
app.use(router.routes());

export default app;
