// A shared module that probes each dependency and shapes the answer for the status routes.
export interface ProbeOutcome {
  service: string;
  up: boolean;
  failure?: string;
}

export async function probeAll(probes: Array<{ service: string; run: () => Promise<void> }>): Promise<ProbeOutcome[]> {
  return Promise.all(
    probes.map(async ({ service, run }) => {
      try {
        await run();
        return { service, up: true };
      } catch (caught) {
        return { service, up: false, failure: caught instanceof Error ? caught.message : "unknown" };
      }
    }),
  );
}

/** Each dependency with the driver's own words when it is down. */
export function describeOutcomes(outcomes: ProbeOutcome[]) {
  return {
    up: outcomes.every((outcome) => outcome.up),
    services: outcomes.map((outcome) => ({ service: outcome.service, up: outcome.up, ...(outcome.failure ? { error: outcome.failure } : {}) })),
  };
}

/** Only up or down per dependency. */
export function summarizeOutcomes(outcomes: ProbeOutcome[]) {
  return { up: outcomes.every((outcome) => outcome.up), services: outcomes.map((outcome) => ({ service: outcome.service, up: outcome.up })) };
}
