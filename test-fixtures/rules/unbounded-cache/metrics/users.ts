import express from "express";
import { clientForConfiguredUrl, declareEndpoint, gauge, instrument, recordVisit } from "./instruments";

const app = express();
const requests = instrument("http.requests");
const failures = instrument("http.failures");

export const listOrders = declareEndpoint({ path: "/orders" });
export const showOrder = declareEndpoint({ path: "/orders/{id}" });

app.get("/users/:name", (req, res) => {
  requests.add(1);
  gauge(req.params.name).add(1);
  recordVisit({ path: req.path });
  clientForConfiguredUrl().add(1);
  if (req.params.name === "") failures.add(1);
  res.end();
});
