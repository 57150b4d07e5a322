import Koa from "koa";
import probes from "./probes";
import maintenance from "./maintenance";

const app = new Koa();

if (process.env.APP_ENV === "test") {
  app.use(probes.routes());
}

// Mounted in every environment, production included: the guard is really missing.
app.use(maintenance.routes());

app.listen(3031);
