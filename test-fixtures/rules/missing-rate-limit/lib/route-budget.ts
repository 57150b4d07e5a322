import { enforceLimit } from "./charge";

const budgets = new Set<string>();

/**
 * A route's own budget is made on its first request and charged then; later requests are charged against it by the
 * app-wide budget that runs before every route.
 */
export const withRouteBudget = (handler: (request: Request) => Promise<Response>) => async (request: Request) => {
  const route = new URL(request.url).pathname;
  if (!budgets.has(route)) {
    budgets.add(route);
    await enforceLimit(`route:${route}`, 5);
  }
  return handler(request);
};
