// The vulnerable twin: an Express backend with one of each hardening gap. Each area's module configures the app.
import express from "express";
import { configureCors } from "./cors.js";

export function createApp() {
  // expect: missing-security-headers
  const app = express();
  app.use(express.json());
  configureCors(app);
  return app;
}
