import { clientForConfiguredUrl, declareEndpoint, gauge, instrument, recordVisit } from "./instruments";

const requests = instrument("http.requests");
const failures = instrument("http.failures");

export const listOrders = declareEndpoint({ path: "/orders" });
export const showOrder = declareEndpoint({ path: "/orders/{id}" });

export function handle(path: string): void {
  requests.add(1);
  gauge(path).add(1);
  recordVisit({ path });
  clientForConfiguredUrl().add(1);
  if (path === "") failures.add(1);
}
