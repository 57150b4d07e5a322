import Koa from "koa";
import Router from "@koa/router";
import bodyParser from "koa-bodyparser";
import { z } from "zod";
import { db } from "../lib/db";

const app = new Koa();
const router = new Router({ prefix: "/articles" });

const createArticleBody = z.object({ title: z.string().min(1), body: z.string() }).strict();

const createCommentBody = z.object({ author: z.string(), text: z.string() });

router.post("/:slug/comments", async (ctx) => {
  const parsed = createCommentBody.safeParse(ctx.request.body);
  if (!parsed.success) {
    ctx.status = 400;
    ctx.body = { error: parsed.error.flatten() };
    return;
  }
  // expect: missing-input-validation
  const { author, text } = parsed.data as { author: string; text: string };
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

const listArticlesQuery = z.object({ author: z.string().optional() }).passthrough();

router.get("/", async (ctx) => {
  const parsed = listArticlesQuery.safeParse(ctx.query);
  if (!parsed.success) {
    ctx.status = 400;
    ctx.body = { error: parsed.error.flatten() };
    return;
  }
  // expect: missing-input-validation
  ctx.body = await db.article.findMany({ where: { authorId: parsed.data.author as string } });
});

app.use(bodyParser());
app.use(router.routes());

export default app;
