import Koa from "koa";
import { randomBytes } from "crypto";

const app = new Koa();

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    const errorId = randomBytes(16).toString("hex");
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

// The status comes from the error: its 4xx messages are what the app's own clients show, so the fix is a suggestion.
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = (err as { httpCode?: number }).httpCode || 500;
    // expect: error-detail-leak
    ctx.body = { error: (err as Error).message };
  }
});

// The status is set on the response above a branch that picks the body's format: still the error's own status.
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (failure) {
    ctx.response.status = (failure as { code?: number }).code ? (failure as { code: number }).code : 500;
    if (ctx.accepts("html")) {
      ctx.response.body = "<p>Something went wrong</p>";
    } else {
      // expect: error-detail-leak
      ctx.response.body = { reason: (failure as Error).message };
    }
  }
});

export default app;
