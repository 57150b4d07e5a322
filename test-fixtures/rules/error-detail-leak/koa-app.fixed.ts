import Koa from "koa";

const app = new Koa();

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    const errorId = crypto.randomUUID();
    console.error(errorId, err);
    ctx.status = 500;
    // expect: error-detail-leak
    ctx.body = { error: `Internal server error (reference ${errorId})` };
  }
});

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    const status = (err as { status?: number }).status ?? 500;
    ctx.status = status;
    // ok: error-detail-leak -- Koa's expose flag: only client errors carry their message
    ctx.body = { error: (err as { expose?: boolean }).expose ? (err as Error).message : "Internal server error" };
  }
});

export default app;
