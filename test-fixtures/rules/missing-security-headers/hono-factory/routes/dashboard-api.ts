import { Hono } from "hono";

export function createDashboardApi() {
  // ok: missing-security-headers -- the factory's app is mounted by the dashboard, through a const local to its factory
  const api = new Hono();
  api.get("/stats", (c) => c.html("<p>stats</p>"));
  return api;
}
