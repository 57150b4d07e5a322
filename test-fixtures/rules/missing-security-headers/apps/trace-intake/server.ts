import Koa from "koa";
import { summarise } from "./summary";

const PROTOBUF = "application/x-protobuf";

// ok: missing-security-headers -- the handler sets the protobuf type on the context before the body
const intake = new Koa();
intake.use(async (ctx) => {
  const reply = summarise(ctx.request.length ?? 0);
  ctx.type = PROTOBUF;
  ctx.body = reply;
});
intake.listen(4319);

