// The job table: the server fills it once, in the callback that runs after it has prepared itself.
interface Job {
  id: string;
  every: string;
}

// ok: unbounded-cache -- filled by startJobs(), which the server calls once from its module-level start-up chain
export const scheduledJobs: Job[] = [];

export const startJobs = (): void => {
  scheduledJobs.push({ id: "refresh-catalogue", every: "5m" });
  scheduledJobs.push({ id: "prune-sessions", every: "1h" });
};

// expect: unbounded-cache
export const jobRuns: Array<{ id: string; at: number }> = [];

/** Called from a request handler each time someone runs a job by hand: one entry per request. */
export const recordRun = (id: string): void => {
  jobRuns.push({ id, at: Date.now() });
};
