import type { RouteArgs } from "./types";
import invoiceRoutes from "./invoices";

/** Registers nothing itself: hands its arguments on whole. */
export default function operatorRoutes(...args: RouteArgs) {
  invoiceRoutes(...args);
}
