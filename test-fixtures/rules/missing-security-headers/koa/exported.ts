import Koa from "koa";
import bodyParser from "koa-bodyparser";

// expect: missing-security-headers
const app = new Koa();
app.use(bodyParser());

export { app };
