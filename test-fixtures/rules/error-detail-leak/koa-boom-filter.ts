import Koa from "koa";
import Boom from "@hapi/boom";

const app = new Koa();

async function mailReceipt(address: string): Promise<void> {
  if (!address.includes("@")) throw Boom.badRequest("That address cannot receive mail");
}

// Anything but a Boom error goes back to Koa, which answers a generic 500: what stays here was written for the caller.
app.use(async (ctx) => {
  try {
    await mailReceipt(String(ctx.query.to));
  } catch (err) {
    if (!(err as { isBoom?: boolean }).isBoom) return ctx.throw(err as Error);
    // ok: error-detail-leak -- only Boom errors, built for the client, pass the filter above
    ctx.body = { message: (err as Error).message };
    return;
  }
  ctx.body = { sent: true };
});

// A filter on a driver's error code lets every other failure through with its own text.
app.use(async (ctx) => {
  try {
    await mailReceipt(String(ctx.query.to));
  } catch (err) {
    if (!(err as { code?: string }).code) return ctx.throw(err as Error);
    // expect: error-detail-leak
    ctx.body = { message: (err as Error).message };
  }
});

export default app;
