import type Router from "@koa/router";
import { exportFileRoutes } from "./export-files";

export function exportRoutes(router: Router) {
  exportFileRoutes(router);
}
