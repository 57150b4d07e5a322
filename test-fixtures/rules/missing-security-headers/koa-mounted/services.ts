import type Koa from "koa";
import mount from "koa-mount";
import buildAccountApp from "./routes/account";
import billing from "./routes/billing";
import { reports } from "./routes/reports";

export function attachServices(app: Koa) {
  app.use(mount("/billing", billing));
  app.use(mount("/reports", reports));
  app.use(mount("/account", buildAccountApp("main")));
}
