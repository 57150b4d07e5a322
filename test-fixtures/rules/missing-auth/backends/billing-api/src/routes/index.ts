import Router from "@koa/router";
import { requireOperatorKey } from "../middleware/operator-key";
import operatorRoutes from "./operator";
import refundRoutes from "./refunds";
import type { Ledger } from "./types";

export function buildRouters(ledger: Ledger) {
  const operator = new Router({ prefix: "/operator" });
  operator.use(requireOperatorKey);
  operatorRoutes(operator, { ledger });

  // Mounted for the storefront with no guard of its own.
  const storefront = new Router();
  refundRoutes(storefront, { ledger });
  return [operator, storefront];
}
