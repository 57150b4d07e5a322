import Koa from "koa";
import Router from "koa-router";
import pages from "./routes/pages";
import chatHooks from "./routes/chat-hooks";

const app = new Koa();
const api = new Router();

api.use("/", pages.routes());
api.use("/", chatHooks.routes());
app.use(api.routes());
app.listen(3110);
