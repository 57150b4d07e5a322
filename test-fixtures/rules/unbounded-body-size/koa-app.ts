import Koa from "koa";
import bodyParser from "koa-bodyparser";
import { koaBody } from "koa-body";

const app = new Koa();

// expect: unbounded-body-size
app.use(koaBody({ multipart: true }));
// ok: unbounded-body-size -- multipart with formidable's file size limit
app.use(koaBody({ multipart: true, formidable: { maxFileSize: 5 * 1024 * 1024 } }));
// ok: unbounded-body-size -- koa-bodyparser defaults (1mb JSON, 56kb forms)
app.use(bodyParser());

export default app;
