import type Router from "@koa/router";
import { rotaSwapRoutes } from "./rota-swaps";

// Registers nothing itself: the router the server hands in goes on to the swap routes.
export function rotaRoutes(router: Router) {
  rotaSwapRoutes(router);
}
