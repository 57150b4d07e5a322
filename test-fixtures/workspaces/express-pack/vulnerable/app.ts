// The vulnerable twin: an Express backend with one of each hardening gap. Each area's module configures the app.
import express from "express";
import { configureAuth } from "./auth.js";
import { configureCors } from "./cors.js";
import { configureFiles } from "./files.js";
import { configureOperations } from "./operations.js";

export function createApp() {
  // expect: missing-security-headers
  const app = express();
  app.use(express.json());
  configureAuth(app);
  configureCors(app);
  configureFiles(app);
  configureOperations(app);
  return app;
}
