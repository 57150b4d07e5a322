// Timers the server arms once its database is ready, and the names of the reports it has rendered since.

// ok: unbounded-cache -- the only caller arms the timers in the callback of the server's one readiness promise
export const armedTimers: Array<{ name: string; handle: ReturnType<typeof setInterval> }> = [];

export function armTimers(names: string[]): void {
  for (const name of names) armedTimers.push({ name, handle: setInterval(() => undefined, 60_000) });
}

// expect: unbounded-cache
const renderedReports: string[] = [];

/** Called after each report a request asks for has rendered: one entry per request. */
export function noteRendered(report: string): void {
  renderedReports.push(report);
}

export const renderedSoFar = (): string[] => [...renderedReports];
