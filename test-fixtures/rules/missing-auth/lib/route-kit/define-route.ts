// Route builders handed only a config: the builder makes the handler from the use case the route names.
import { CallerRefused } from "./policies";

interface CallerPolicy<Caller> {
  authenticate(request: Request): Promise<Caller>;
}

interface RouteOptions<Caller, Result> {
  auth: CallerPolicy<Caller>;
  useCase: (caller: Caller, input: unknown) => Promise<Result>;
  present: (result: Result) => unknown;
}

/** Runs the route's caller policy before anything else and answers a refused caller with 401. */
export function defineRoute<Caller, Result>(options: RouteOptions<Caller, Result>) {
  return async (request: Request): Promise<Response> => {
    let caller: Caller;
    try {
      caller = await options.auth.authenticate(request);
    } catch (error) {
      if (error instanceof CallerRefused) return Response.json({ error: error.message }, { status: 401 });
      throw error;
    }
    return Response.json(options.present(await options.useCase(caller, await request.json())));
  };
}

/** Parses and runs: no caller check of its own. */
export function defineOpenRoute<Result>(options: { useCase: (input: unknown) => Promise<Result>; present: (result: Result) => unknown }) {
  return async (request: Request): Promise<Response> => Response.json(options.present(await options.useCase(await request.json())));
}
