import Koa from "koa";
import Router from "@koa/router";
import { bearerGate } from "./kit/bearer-gate";
import crewRoutes from "./routes/crews";
import { bounceRoutes, openRoutes } from "./routes/open";
import { debugRoutes } from "./routes/debug";

const app = new Koa();

const management = new Router();
management.use(bearerGate());
crewRoutes(management, { limit: 20 });

const open = new Router();
openRoutes(open);
bounceRoutes(open, { record: async () => {} });
if (process.env.NODE_ENV !== "production") {
  debugRoutes(open);
}

app.use(management.routes());
app.use(open.routes());
app.listen(3090);
