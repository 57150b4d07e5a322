import Koa from "koa";

const app = new Koa();
app.use(async (ctx) => {
  ctx.body = "uploads";
});

// expect: missing-graceful-shutdown@16 exitOnly
const server = app.listen(4000);

process.on("SIGTERM", () => {
  console.log("bye");
  process.exit(0);
});
