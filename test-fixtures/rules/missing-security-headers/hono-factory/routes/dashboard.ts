import { Hono } from "hono";
import { createDashboardApi } from "./dashboard-api";

// A dashboard library: its factory builds the API app and mounts it from a const local to the factory.
export function createDashboard(title: string) {
  // expect: missing-security-headers
  const dashboard = new Hono();
  const api = createDashboardApi();
  dashboard.route("/api", api);
  dashboard.get("/", (c) => c.html(`<h1>${title}</h1>`));
  return dashboard;
}

export const dashboardServer = createDashboard("Queues");
