import type Koa from "koa";
import mount from "koa-mount";
import billing from "./routes/billing";
import { reports } from "./routes/reports";

export function attachServices(app: Koa) {
  app.use(mount("/billing", billing));
  app.use(mount("/reports", reports));
}
