import type Router from "@koa/router";

export type Ledger = { remove(id: string): Promise<void>; add(amount: number): Promise<string> };
/** What every route module is handed: the router to register on, then its dependencies. */
export type RouteArgs = [router: Router, deps: { ledger: Ledger }];
