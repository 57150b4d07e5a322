import { Hono } from "hono";
import { describeOutcomes, probeAll, summarizeOutcomes } from "./dependency-report";

const probes = [{ service: "ledger", run: async () => {} }];
export const status = new Hono();

// expect: exposed-health-details
status.get("/health/dependencies", async (c) => {
  const report = describeOutcomes(await probeAll(probes));
  return c.json(report, report.up ? 200 : 503);
});

// ok: exposed-health-details -- the shared builder this route sends keeps only up/down per dependency
status.get("/health/summary", async (c) => {
  const report = summarizeOutcomes(await probeAll(probes));
  return c.json(report, report.up ? 200 : 503);
});
