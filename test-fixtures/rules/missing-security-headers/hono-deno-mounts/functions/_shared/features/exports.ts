import { Hono } from "hono";

type Period = "daily" | "monthly";

function buildExportApp(period: Period) {
  // ok: missing-security-headers -- each app this builds sits in the object below, whose members are mounted
  const exportApp = new Hono();
  exportApp.get("/", (c) => c.html(`<p>${period} export queued</p>`));
  return exportApp;
}

export const exportApps: Record<Period, Hono> = {
  daily: buildExportApp("daily"),
  monthly: buildExportApp("monthly"),
};
