// A document importer that accepts large JSON on purpose: the 20 MB limit is the project's decision. It is over the
// maximum, so it is reported, and lowering it is offered only as a suggestion: fix-all keeps the limit as written.
import Koa from "koa";
import bodyParser from "koa-bodyparser";

const importer = new Koa();

// expect: unbounded-body-size
importer.use(bodyParser({ jsonLimit: 20 * 1024 * 1024, formLimit: "56kb" }));

export default importer;
